import type { UploadPreviewDto } from '@nianbao/schema';

/** Where a file is on its way into the store. */
export type ImportStage =
  | 'refused' // checked in the browser, never sent
  | 'queued'
  | 'uploading'
  | 'reading' // uploaded; the server parses it
  | 'previewed'
  | 'failed'
  | 'committing'
  | 'committed';

/** What storing a file did. */
export interface ImportResult {
  reportId: number;
  status: 'imported' | 'unchanged';
  version: number;
}

/** One file of the import page. */
export interface ImportItem {
  id: string;
  name: string;
  size: number;
  stage: ImportStage;
  /** Upload progress 0–1. */
  progress: number;
  preview?: UploadPreviewDto | undefined;
  error?: string | undefined;
  result?: ImportResult | undefined;
  /** Whether the file is included when committing. */
  selected: boolean;
}

export type ImportAction =
  | { type: 'add'; files: { id: string; name: string; size: number; refusal?: string | undefined }[] }
  | { type: 'start'; id: string }
  | { type: 'progress'; id: string; fraction: number }
  | { type: 'uploaded'; id: string }
  | { type: 'previewed'; id: string; preview: UploadPreviewDto }
  | { type: 'failed'; id: string; message: string }
  | { type: 'toggle'; id: string }
  | { type: 'remove'; id: string }
  | { type: 'commit-started'; ids: readonly string[] }
  | { type: 'committed'; id: string; result: ImportResult }
  | { type: 'clear-finished' };

function update(
  items: readonly ImportItem[],
  id: string,
  change: (item: ImportItem) => ImportItem,
): ImportItem[] {
  return items.map((item) => (item.id === id ? change(item) : item));
}

/** The import page's file list as a pure state machine. */
export function importReducer(items: readonly ImportItem[], action: ImportAction): ImportItem[] {
  switch (action.type) {
    case 'add':
      return [
        ...items,
        ...action.files.map(
          (f): ImportItem => ({
            id: f.id,
            name: f.name,
            size: f.size,
            stage: f.refusal === undefined ? 'queued' : 'refused',
            progress: 0,
            error: f.refusal,
            selected: false,
          }),
        ),
      ];
    case 'start':
      return update(items, action.id, (item) => ({
        ...item,
        stage: 'uploading',
        progress: 0,
        error: undefined,
      }));
    case 'progress':
      return update(items, action.id, (item) =>
        item.stage === 'uploading'
          ? { ...item, progress: Math.max(item.progress, Math.min(1, action.fraction)) }
          : item,
      );
    case 'uploaded':
      return update(items, action.id, (item) => ({ ...item, stage: 'reading', progress: 1 }));
    case 'previewed':
      return update(items, action.id, (item) => ({
        ...item,
        stage: 'previewed',
        progress: 1,
        preview: action.preview,
        // A file the store already holds byte for byte has nothing to commit.
        selected: action.preview.status !== 'unchanged',
      }));
    case 'failed':
      return update(items, action.id, (item) => ({
        ...item,
        stage: 'failed',
        error: action.message,
        selected: false,
      }));
    case 'toggle':
      return update(items, action.id, (item) =>
        item.stage === 'previewed' ? { ...item, selected: !item.selected } : item,
      );
    case 'remove':
      return items.filter(
        (item) => item.id !== action.id || item.stage === 'uploading' || item.stage === 'committing',
      );
    case 'commit-started':
      return items.map((item) => (action.ids.includes(item.id) ? { ...item, stage: 'committing' } : item));
    case 'committed':
      return update(items, action.id, (item) => ({
        ...item,
        stage: 'committed',
        result: action.result,
        selected: false,
      }));
    case 'clear-finished':
      return items.filter(
        (item) => item.stage !== 'committed' && item.stage !== 'refused' && item.stage !== 'failed',
      );
  }
}

/** Files ready to be stored: previewed and ticked. */
export function committable(items: readonly ImportItem[]): ImportItem[] {
  return items.filter((item) => item.stage === 'previewed' && item.selected && item.preview !== undefined);
}

/** Counts per stage for the summary line. */
export function importSummary(items: readonly ImportItem[]) {
  const count = (stages: readonly ImportStage[]) => items.filter((i) => stages.includes(i.stage)).length;
  return {
    total: items.length,
    busy: count(['queued', 'uploading', 'reading', 'committing']),
    previewed: count(['previewed']),
    failed: count(['failed', 'refused']),
    committed: count(['committed']),
  };
}
