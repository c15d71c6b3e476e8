import { describe, expect, it } from 'vitest';
import type { ExportItem } from '../export/export-item.ts';
import {
  addEntry,
  EMPTY_BRIEFING,
  MAX_ENTRIES,
  moveEntry,
  parseBriefing,
  presented,
  removeEntry,
  retitleEntry,
} from './briefing-list.ts';

const item = (title: string): ExportItem => ({
  chart: { kind: 'bars', rows: [], unit: '件' },
  title,
  subtitle: '洛阳市',
  unit: '件',
  table: { columns: [{ header: '单位' }], rows: [['甲']] },
  summary: ['一句话。'],
  provenance: undefined,
  generatedAt: '2025-01-02T00:00:00.000Z',
  page: '/compare',
});

const three = ['甲', '乙', '丙'].reduce((b, t) => addEntry(b, item(t), t), EMPTY_BRIEFING);

describe('briefing list', () => {
  it('pins in order, moves up and down within bounds, removes', () => {
    expect(three.entries.map((e) => e.id)).toEqual(['甲', '乙', '丙']);
    expect(moveEntry(three, '丙', -1).entries.map((e) => e.id)).toEqual(['甲', '丙', '乙']);
    expect(moveEntry(three, '甲', -1)).toBe(three);
    expect(moveEntry(three, '丙', 1)).toBe(three);
    expect(removeEntry(three, '乙').entries.map((e) => e.id)).toEqual(['甲', '丙']);
  });

  it("retitles an entry for presentation, a blank title going back to the chart's", () => {
    const renamed = retitleEntry(three, '乙', '图2 申请情况');
    expect(renamed.entries[1] && presented(renamed.entries[1]).title).toBe('图2 申请情况');
    expect(retitleEntry(renamed, '乙', '  ').entries[1]?.title).toBe('乙');
  });

  it('stops at the most entries a pack holds', () => {
    let full = EMPTY_BRIEFING;
    for (let i = 0; i < MAX_ENTRIES + 3; i++) full = addEntry(full, item(String(i)), String(i));
    expect(full.entries).toHaveLength(MAX_ENTRIES);
  });

  it('reads back what it stored and drops unreadable entries, not the whole pack', () => {
    expect(parseBriefing(JSON.stringify(three))).toEqual(three);
    const damaged = JSON.stringify({
      title: '简报',
      entries: [three.entries[0], { id: 'x', title: 1 }, null],
    });
    expect(parseBriefing(damaged).entries.map((e) => e.id)).toEqual(['甲']);
    expect(parseBriefing('{not json')).toEqual(EMPTY_BRIEFING);
    expect(parseBriefing(null)).toEqual(EMPTY_BRIEFING);
  });
});
