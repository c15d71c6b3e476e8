/**
 * The printed table layouts of both editions as data (spec/metrics.md): what the parser matches
 * labels against and what the metric catalogue is generated from.
 */
export type { ColumnDef, RowDef, T2Block, T3Category, T3CategoryKey } from './layout-types.ts';
export { matchesLabel, normalizeLabel } from './normalize-label.ts';
export { T2_BLOCKS } from './t2-layout.ts';
export { T3_CATEGORIES, T3_COLUMNS, T3_ROWS } from './t3-layout.ts';
export { T4_COLUMNS, T4_GROUPS } from './t4-layout.ts';
