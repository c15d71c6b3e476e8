import type { Edition, Unit } from '../metric.ts';

/**
 * A printed row (table 2 and 3) or group (table 4). `labels` are the variants a parser accepts, in
 * normalised form (see `normalizeLabel`): simplified Chinese, no whitespace, no ordinal prefix, no
 * bracketed annotation. Variants that only differ by quote style are listed explicitly as well.
 */
export interface RowDef {
  /** Code segment, e.g. `normative`, `denied.state_secret`, `suit_direct`. */
  key: string;
  labelZh: string;
  labelEn: string;
  labels: readonly string[];
  /** The printed heading the row sits under, e.g. `第二十条第（一）项` or `(三)不予公开`. */
  group: string;
  /** Editions whose format prints this row. */
  editions: readonly Edition[];
  /**
   * True for a row the edition's format dropped but that real reports still print (e.g.
   * 其他对外管理服务事项 in 2021 tables); a parser may read it, a checker must not expect it.
   */
  tolerated?: boolean;
}

/** A printed column; `labels` follow the same normalisation as `RowDef.labels`. */
export interface ColumnDef {
  /** Code segment, e.g. `made`, `natural`, `upheld`. */
  key: string;
  labelZh: string;
  labelEn: string;
  labels: readonly string[];
  unit: Unit;
  /** Spanning header printed above this column, e.g. 法人或其他组织. */
  parentLabels?: readonly string[];
}

/** One block of table 2 (one 第二十条 item): its rows and its columns. */
export interface T2Block {
  /** As printed in the format, e.g. `第二十条第（一）项`. */
  item: string;
  rows: readonly RowDef[];
  columns: readonly ColumnDef[];
}

/** The category headings of table 3 whose rows are summed into derived `t3.<category>.<col>` codes. */
export type T3CategoryKey = 'denied' | 'unable' | 'not_processed' | 'other';

export interface T3Category {
  key: T3CategoryKey;
  labelZh: string;
  labelEn: string;
  /** Normalised label variants of the category heading cell. */
  labels: readonly string[];
  /** Row keys summed; for `other` these are the 2021 sub-rows (2019 prints `other` itself). */
  rows: readonly string[];
  /** Editions in which the category is a derived sum of `rows` (2019 prints `other` as one row). */
  editions: readonly Edition[];
}
