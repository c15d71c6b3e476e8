import { describe, expect, it } from 'vitest';
import { T2_BLOCKS, T3_CATEGORIES, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS } from './layout.ts';
import { normalizeLabel } from './normalize-label.ts';

const allRows = [
  ...T2_BLOCKS['2019'].flatMap((b) => b.rows),
  ...T2_BLOCKS['2021'].flatMap((b) => b.rows),
  ...T3_ROWS,
  ...T4_GROUPS,
];
const allColumns = [
  ...T2_BLOCKS['2019'].flatMap((b) => b.columns),
  ...T2_BLOCKS['2021'].flatMap((b) => b.columns),
  ...T3_COLUMNS,
  ...T4_COLUMNS,
];

describe('table layouts', () => {
  it('lists table 3 rows in printed order with the edition-specific 其他处理 rows', () => {
    expect(T3_ROWS.map((r) => r.key).slice(0, 5)).toEqual([
      'new',
      'carried_over',
      'granted',
      'partial',
      'denied.state_secret',
    ]);
    expect(T3_ROWS.map((r) => r.key).slice(-2)).toEqual(['total', 'carry_forward']);
    expect(T3_ROWS.find((r) => r.key === 'other')?.editions).toEqual(['2019']);
    expect(T3_ROWS.filter((r) => r.key.startsWith('other.')).map((r) => r.editions)).toEqual([
      ['2021'],
      ['2021'],
      ['2021'],
    ]);
  });

  it('has labels already in normalised form apart from quote/separator variants', () => {
    for (const def of [...allRows, ...allColumns]) {
      expect(def.labels.length).toBeGreaterThan(0);
      for (const label of def.labels) {
        expect(label).not.toMatch(/\s/u);
        expect(label).not.toMatch(/^[(（]|^\d+[.、]|^[一二三四五六七八九十]+、/u);
        expect(label).not.toMatch(/[（(].*[)）]/u);
        // Any remaining difference to the normalised form is only quotes or separators.
        expect(normalizeLabel(label)).toBe(label.replace(/["'“”‘’「」、,，]/gu, ''));
      }
    }
  });

  it('gives table 3 categories the rows that belong to them', () => {
    const byKey = Object.fromEntries(T3_CATEGORIES.map((c) => [c.key, c.rows]));
    expect(byKey.denied).toHaveLength(8);
    expect(byKey.unable).toEqual(['unable.not_held', 'unable.needs_creation', 'unable.unclear']);
    expect(byKey.not_processed).toHaveLength(5);
    expect(byKey.other).toEqual(['other.no_correction', 'other.no_fee', 'other.other']);
  });

  it('accepts the sample report labels (2019 edition)', () => {
    const printed = [
      '规章',
      '规范性文件',
      '行政许可',
      '其他对外管理服务事项',
      '行政处罚',
      '行政强制',
      '行政事业性收费',
      '政府集中采购',
    ];
    const rows2019 = T2_BLOCKS['2019'].flatMap((b) => b.rows);
    for (const p of printed) expect(rows2019.some((r) => r.labels.includes(normalizeLabel(p)))).toBe(true);
    expect(T3_ROWS.some((r) => r.labels.includes(normalizeLabel('3.危及“三安全一稳定”')))).toBe(true);
    expect(T2_BLOCKS['2019'][4]?.columns[1]?.labels).toContain(
      normalizeLabel('采购总金额（单位：万元，保留4位小数）'),
    );
  });
});
