import { Link } from 'react-router';
import type { CatalogueIndex } from '../lib/catalogue-index.ts';
import type { ImportItem } from '../lib/import-queue.ts';
import { QualityFlag } from './quality-flag.tsx';
import { UploadPreview } from './upload-preview.tsx';

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function stageText(item: ImportItem): string {
  switch (item.stage) {
    case 'refused':
      return '未上传';
    case 'queued':
      return '等待读取';
    case 'uploading':
      return `正在上传 ${Math.round(item.progress * 100)}%`;
    case 'reading':
      return '正在读取…';
    case 'previewed':
      return item.preview?.status === 'unchanged' ? '已存在' : '已读取，待导入';
    case 'failed':
      return '失败';
    case 'committing':
      return '正在导入…';
    case 'committed':
      return item.result?.status === 'unchanged' ? '已存在，未重复导入' : '已导入';
  }
}

/** One file of the import list: name, progress, the preview or the reason it failed. */
export function UploadItem({
  item,
  catalogue,
  onToggle,
  onRemove,
}: {
  item: ImportItem;
  catalogue: CatalogueIndex;
  onToggle: () => void;
  onRemove: () => void;
}) {
  const busy = item.stage === 'uploading' || item.stage === 'committing';
  const progress =
    item.stage === 'queued'
      ? 0
      : item.stage === 'uploading'
        ? item.progress
        : item.stage === 'reading'
          ? 1
          : undefined;
  return (
    <li className={`upload-item stage-${item.stage}`} data-testid="upload-item" data-stage={item.stage}>
      <div className="upload-head">
        {item.stage === 'previewed' ? (
          <input
            type="checkbox"
            checked={item.selected}
            onChange={onToggle}
            aria-label={`导入 ${item.name}`}
          />
        ) : (
          <span className="upload-check-space" aria-hidden="true" />
        )}
        <span className="upload-name" title={item.name}>
          {item.name}
        </span>
        <span className="muted upload-size">{sizeText(item.size)}</span>
        <span className="upload-stage" role="status">
          {stageText(item)}
          {item.preview?.flagged === true && <QualityFlag />}
        </span>
        {item.stage === 'committed' && item.result !== undefined && (
          <Link to={`/reports/${item.result.reportId}`}>查看报告</Link>
        )}
        {!busy && item.stage !== 'committed' && (
          <button type="button" className="link-button" onClick={onRemove} aria-label={`移除 ${item.name}`}>
            移除
          </button>
        )}
      </div>
      {progress !== undefined && (
        <progress
          className="upload-progress"
          max={1}
          value={item.stage === 'reading' ? undefined : progress}
          aria-label={`${item.name} 上传进度`}
        />
      )}
      {item.error !== undefined && (
        <p className="upload-error" role="alert" data-testid="upload-error">
          {item.error}
        </p>
      )}
      {item.preview !== undefined && item.stage !== 'committed' && (
        <UploadPreview preview={item.preview} catalogue={catalogue} />
      )}
    </li>
  );
}
