import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DropZone } from '../components/drop-zone.tsx';
import { EditTokenField } from '../components/edit-token-field.tsx';
import { UploadItem } from '../components/upload-item.tsx';
import { useImportQueue } from '../hooks/use-import-queue.ts';
import { indexCatalogue } from '../lib/catalogue-index.ts';
import { useWriteCredential } from '../lib/session-queries.ts';
import { metricQueries } from '../queries/metric-queries.ts';

/**
 * 导入: drop many report files, watch each one upload and get read, check what was read (metadata,
 * tables, findings), then store the ones ticked. Every figure on the other pages refreshes afterwards.
 */
export function ImportPage() {
  // A pasted edit token, or the login session (its cookie goes with every request).
  const token = useWriteCredential();
  const queue = useImportQueue(token);
  const metrics = useQuery(metricQueries.catalogue());
  const catalogue = useMemo(() => indexCatalogue(metrics.data?.metrics ?? []), [metrics.data]);
  const { summary } = queue;

  return (
    <section className="page import-page">
      <header className="page-header">
        <h1>导入</h1>
        <p className="subtitle">上传政府信息公开工作年度报告，核对读取结果后再导入。</p>
      </header>

      <div className="import-top">
        <EditTokenField />
        <DropZone onFiles={queue.add} />
      </div>
      {token === '' && summary.total > 0 && (
        <p className="state state-empty" role="status">
          请先登录或填写编辑令牌，文件会在此后自动开始读取。
        </p>
      )}

      {summary.total > 0 && (
        <>
          <div className="import-bar">
            <p className="import-summary" data-testid="import-summary" role="status">
              共 {summary.total} 个文件：{summary.busy > 0 ? `${summary.busy} 个处理中，` : ''}
              {summary.previewed} 个已读取，{summary.committed} 个已导入，{summary.failed} 个失败
            </p>
            <div className="form-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={queue.ready === 0 || queue.committing}
                onClick={() => void queue.commit()}
              >
                {queue.committing ? '正在导入…' : `导入选中的 ${queue.ready} 份报告`}
              </button>
              <button
                type="button"
                className="button"
                onClick={queue.clearFinished}
                disabled={queue.committing}
              >
                清除已完成和失败的
              </button>
            </div>
          </div>
          {queue.commitError !== undefined && (
            <p className="form-error" role="alert">
              {queue.commitError}
            </p>
          )}
          {summary.committed > 0 && summary.busy === 0 && (
            <p className="hint">
              导入完成，可以到 <Link to="/">总览</Link> 或 <Link to="/reports">报告</Link> 查看。
            </p>
          )}
          <ul className="upload-list" data-testid="upload-list">
            {queue.items.map((item) => (
              <UploadItem
                key={item.id}
                item={item}
                catalogue={catalogue}
                onToggle={() => queue.toggle(item.id)}
                onRemove={() => queue.remove(item.id)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
