import { EDITIONS, type Edition, type MetricDef } from '../metric.ts';
import type { ColumnDef, RowDef } from './layout-types.ts';
import { SECTIONS } from './sections.ts';
import { T2_BLOCKS } from './t2-layout.ts';
import { T3_CATEGORIES, T3_COLUMNS, T3_ROWS } from './t3-layout.ts';
import { T4_COLUMNS, T4_GROUPS } from './t4-layout.ts';

const cellLabelZh = (row: RowDef, col: ColumnDef) => `${row.labelZh}·${col.labelZh}`;
const cellLabelEn = (row: RowDef, col: ColumnDef) => `${row.labelEn} — ${col.labelEn}`;

/** `t2.<row>.<col>` for every cell either edition prints, editions merged per code. */
function t2Metrics(): MetricDef[] {
  const byCode = new Map<string, MetricDef>();
  for (const edition of EDITIONS) {
    for (const block of T2_BLOCKS[edition]) {
      for (const row of block.rows) {
        // A tolerated row is read when printed but is not part of this edition's format.
        if (!row.editions.includes(edition)) continue;
        for (const col of block.columns) {
          const code = `t2.${row.key}.${col.key}`;
          const prev = byCode.get(code);
          const editions: Edition[] = prev ? [...prev.editions, edition] : [edition];
          // The later edition's column wording wins: it is the format in use today.
          byCode.set(code, {
            code,
            labelZh: cellLabelZh(row, col),
            labelEn: cellLabelEn(row, col),
            unit: col.unit,
            table: 't2',
            section: SECTIONS.proactive,
            group: block.item,
            editions,
            labels: row.labels,
          });
        }
      }
    }
  }
  return [...byCode.values()];
}

/** `t3.<row>.<col>` for printed rows, with `t3.other.<col>` printed in 2019 and summed in 2021. */
function t3Metrics(): MetricDef[] {
  const otherSubRows = T3_CATEGORIES.find((c) => c.key === 'other')?.rows ?? [];
  const out: MetricDef[] = [];
  for (const row of T3_ROWS) {
    for (const col of T3_COLUMNS) {
      const def: MetricDef = {
        code: `t3.${row.key}.${col.key}`,
        labelZh: cellLabelZh(row, col),
        labelEn: cellLabelEn(row, col),
        unit: col.unit,
        table: 't3',
        section: SECTIONS.applications,
        group: row.group,
        editions: row.editions,
        labels: row.labels,
      };
      if (row.key === 'other') {
        def.editions = ['2019', '2021'];
        def.formula = { op: 'sum', of: otherSubRows.map((r) => `t3.${r}.${col.key}`) };
        def.formulaEditions = ['2021'];
      }
      out.push(def);
    }
  }
  return out;
}

/** Derived category sums `t3.denied.<col>`, `t3.unable.<col>`, `t3.not_processed.<col>`; never printed. */
function t3CategoryMetrics(): MetricDef[] {
  const out: MetricDef[] = [];
  for (const cat of T3_CATEGORIES) {
    if (cat.key === 'other') continue; // merged into the printed 2019 row above
    const group = T3_ROWS.find((r) => r.key === cat.rows[0])?.group ?? cat.labelZh;
    for (const col of T3_COLUMNS) {
      out.push({
        code: `t3.${cat.key}.${col.key}`,
        labelZh: `${cat.labelZh}（小计）·${col.labelZh}`,
        labelEn: `${cat.labelEn} (subtotal) — ${col.labelEn}`,
        unit: col.unit,
        table: 'derived',
        section: SECTIONS.applications,
        group,
        editions: cat.editions,
        labels: cat.labels,
        formula: { op: 'sum', of: cat.rows.map((r) => `t3.${r}.${col.key}`) },
      });
    }
  }
  return out;
}

/** `t4.<group>.<col>`: fifteen cells in printed order. */
function t4Metrics(): MetricDef[] {
  return T4_GROUPS.flatMap((g) =>
    T4_COLUMNS.map(
      (col): MetricDef => ({
        code: `t4.${g.key}.${col.key}`,
        labelZh: g.group === g.labelZh ? cellLabelZh(g, col) : `${g.group}·${cellLabelZh(g, col)}`,
        labelEn: cellLabelEn(g, col),
        unit: col.unit,
        table: 't4',
        section: SECTIONS.reviewLitigation,
        group: g.group,
        editions: g.editions,
        labels: g.labels,
      }),
    ),
  );
}

/** Every table metric (printed cells and t3 category sums), in printed order. */
export const TABLE_METRICS: readonly MetricDef[] = [
  ...t2Metrics(),
  ...t3Metrics(),
  ...t3CategoryMetrics(),
  ...t4Metrics(),
];
