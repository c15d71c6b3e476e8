import type { ReportVersionDto } from '@nianbao/schema';
import { Link } from 'react-router';
import { formatDateTime } from '../lib/labels.ts';

/** Every version of the report (same agency and year, different files), newest first. */
export function VersionsList({
  versions,
  currentId,
  compareFrom,
  onCompare,
  onRestore,
}: {
  versions: readonly ReportVersionDto[];
  /** The report being viewed. */
  currentId: number;
  /** The version the diff is shown against, if any. */
  compareFrom: number | undefined;
  onCompare: (version: number | undefined) => void;
  /** Set for editors: brings a deleted version back. */
  onRestore?: ((id: number) => void) | undefined;
}) {
  if (versions.length <= 1) return <p className="muted">只有这一个版本。</p>;
  const viewed = versions.find((v) => v.id === currentId);
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="versions-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              版本
            </th>
            <th scope="col">文件</th>
            <th scope="col">导入时间</th>
            <th scope="col">状态</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((v) => (
            <tr key={v.id} className={v.id === currentId ? 'selected' : undefined}>
              <td className="num">第 {v.version} 版</td>
              <td className="file-name">{v.fileName}</td>
              <td className="nowrap">{formatDateTime(v.importedAt)}</td>
              <td>
                {v.deletedAt !== null ? (
                  <span className="badge">已删除</span>
                ) : v.isCurrent ? (
                  <span className="badge badge-template-2021">当前版本</span>
                ) : (
                  <span className="badge">旧版本</span>
                )}
              </td>
              <td>
                {v.deletedAt !== null && onRestore !== undefined ? (
                  <button type="button" className="link-button" onClick={() => onRestore(v.id)}>
                    恢复
                  </button>
                ) : v.id === currentId ? (
                  <span className="muted">正在查看</span>
                ) : (
                  <>
                    <Link to={`/reports/${v.id}`}>查看</Link>
                    {viewed !== undefined && v.version < viewed.version && (
                      <>
                        {' · '}
                        <button
                          type="button"
                          className="link-button"
                          aria-pressed={compareFrom === v.version}
                          onClick={() => onCompare(compareFrom === v.version ? undefined : v.version)}
                        >
                          {compareFrom === v.version ? '收起比较' : '与此版本比较'}
                        </button>
                      </>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
