import type { UploadPreviewDto } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { committable, type ImportItem, importReducer, importSummary } from './import-queue.ts';

function preview(overrides: Partial<UploadPreviewDto> = {}): UploadPreviewDto {
  return {
    previewId: 'p1',
    file: 'a.txt',
    size: 10,
    sha256: 'ab',
    expiresAt: '2030-01-01T00:00:00Z',
    agency: '嵩县人民政府办公室',
    region: '嵩县',
    year: 2020,
    template: '2019',
    format: 'txt',
    encoding: 'utf-8',
    status: 'new',
    version: 1,
    existingReportId: null,
    flagged: false,
    values: {},
    facts: [],
    findings: [],
    ...overrides,
  };
}

function run(actions: Parameters<typeof importReducer>[1][]): ImportItem[] {
  return actions.reduce<ImportItem[]>((items, action) => importReducer(items, action), []);
}

describe('importReducer', () => {
  it('takes a file from queued through upload to preview, ticked for commit', () => {
    const items = run([
      { type: 'add', files: [{ id: 'a', name: 'a.txt', size: 10 }] },
      { type: 'start', id: 'a' },
      { type: 'progress', id: 'a', fraction: 0.4 },
      { type: 'progress', id: 'a', fraction: 0.2 },
      { type: 'uploaded', id: 'a' },
      { type: 'previewed', id: 'a', preview: preview() },
    ]);
    expect(items[0]).toMatchObject({ stage: 'previewed', progress: 1, selected: true });
    expect(committable(items).map((i) => i.id)).toEqual(['a']);
  });

  it('never moves progress backwards and clamps it to 1', () => {
    const items = run([
      { type: 'add', files: [{ id: 'a', name: 'a.txt', size: 10 }] },
      { type: 'start', id: 'a' },
      { type: 'progress', id: 'a', fraction: 0.6 },
      { type: 'progress', id: 'a', fraction: 0.3 },
    ]);
    expect(items[0]?.progress).toBe(0.6);
    expect(importReducer(items, { type: 'progress', id: 'a', fraction: 7 })[0]?.progress).toBe(1);
  });

  it('keeps refused and failed files out of the commit, with their reason', () => {
    const items = run([
      {
        type: 'add',
        files: [
          { id: 'a', name: 'a.doc', size: 10, refusal: '暂不支持' },
          { id: 'b', name: 'b.txt', size: 10 },
        ],
      },
      { type: 'start', id: 'b' },
      { type: 'failed', id: 'b', message: '不是年报' },
      { type: 'toggle', id: 'b' },
    ]);
    expect(items.map((i) => [i.stage, i.error, i.selected])).toEqual([
      ['refused', '暂不支持', false],
      ['failed', '不是年报', false],
    ]);
    expect(committable(items)).toEqual([]);
    expect(importSummary(items)).toMatchObject({ total: 2, failed: 2, busy: 0 });
  });

  it('does not tick a file the store already holds', () => {
    const items = run([
      { type: 'add', files: [{ id: 'a', name: 'a.txt', size: 10 }] },
      { type: 'previewed', id: 'a', preview: preview({ status: 'unchanged' }) },
    ]);
    expect(items[0]?.selected).toBe(false);
    expect(committable(importReducer(items, { type: 'toggle', id: 'a' }))).toHaveLength(1);
  });

  it('commits, then clears finished files but keeps previews waiting', () => {
    let items = run([
      {
        type: 'add',
        files: [
          { id: 'a', name: 'a.txt', size: 10 },
          { id: 'b', name: 'b.txt', size: 10 },
        ],
      },
      { type: 'previewed', id: 'a', preview: preview() },
      { type: 'previewed', id: 'b', preview: preview({ previewId: 'p2' }) },
      { type: 'toggle', id: 'b' },
      { type: 'commit-started', ids: ['a'] },
    ]);
    expect(items.map((i) => i.stage)).toEqual(['committing', 'previewed']);
    // A file being stored cannot be removed from the list.
    expect(importReducer(items, { type: 'remove', id: 'a' })).toHaveLength(2);
    items = importReducer(items, {
      type: 'committed',
      id: 'a',
      result: { reportId: 7, status: 'imported', version: 1 },
    });
    expect(importSummary(items)).toMatchObject({ committed: 1, previewed: 1 });
    expect(importReducer(items, { type: 'clear-finished' }).map((i) => i.id)).toEqual(['b']);
  });
});
