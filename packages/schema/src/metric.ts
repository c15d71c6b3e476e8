/** Editions of the State Council's annual-report format (spec/metrics.md). */
export const EDITIONS = ['2019', '2021'] as const;
export type Edition = (typeof EDITIONS)[number];
/** The edition a parsed report was recognised as; `unknown` when its tables matched neither. */
export type Template = Edition | 'unknown';

/** Units a figure can carry; charts and exports always print them. */
export const UNITS = ['件', '条', '万元', '%', '个', '次', '人次', '项', '篇'] as const;
export type Unit = (typeof UNITS)[number];

/** Where a metric lives in the report (or `derived` when it is computed, never printed). */
export type MetricTable = 't2' | 't3' | 't4' | 'narrative' | 'derived';

/**
 * How a computed metric is obtained from other codes. Ratios are percentages (0–100); a zero or
 * missing denominator yields null, never 0 or NaN.
 */
export type Formula =
  | { op: 'sum'; of: readonly string[] }
  | {
      op: 'ratio';
      /** Codes summed for the numerator. */
      num: readonly string[];
      /** Codes summed for the denominator. */
      den: readonly string[];
      /** Codes subtracted from the denominator (e.g. pending cases). */
      denMinus?: readonly string[];
      /** A printed percentage used when the ratio cannot be computed. */
      fallback?: string;
    };

/** One entry of the metric catalogue. */
export interface MetricDef {
  /** Canonical code, e.g. `t3.denied.state_secret.natural`; stable API. */
  code: string;
  labelZh: string;
  labelEn: string;
  unit: Unit;
  table: MetricTable;
  /** The report part it belongs to, e.g. `三、收到和处理政府信息公开申请情况`. */
  section: string;
  /** Grouping for pickers, e.g. `第二十条第（一）项` or `(三)不予公开`. */
  group: string;
  /** Editions whose tables print (or, for computed codes, allow computing) this metric. */
  editions: readonly Edition[];
  /** Label variants a parser accepts for the row / fact this metric is read from. */
  labels: readonly string[];
  /** Present on computed metrics: `t3` category sums and every `d.*`. */
  formula?: Formula;
  /**
   * Editions in which `formula` applies, when that is not all of `editions`: `t3.other.<col>` is a
   * printed row in the 2019 edition and the sum of three sub-rows in the 2021 edition.
   */
  formulaEditions?: readonly Edition[];
}
