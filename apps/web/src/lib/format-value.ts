/** Shown wherever a figure is null: not printed, or a ratio without a denominator. */
export const NO_VALUE = '—';

/** Shown for a cell the report printed empty ("present but blank"). */
export const BLANK_VALUE = '空';

const percentFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const amountFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** The number part of a figure: percentages to one decimal, everything else to at most two. */
export function formatNumber(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  return unit === '%' ? percentFormat.format(value) : amountFormat.format(value);
}

/** A figure with its unit: `9 件`, `43%`, `15.91 万元`; null → `—`. */
export function formatValue(value: number | null | undefined, unit: string): string {
  const number = formatNumber(value, unit);
  if (number === NO_VALUE) return NO_VALUE;
  if (unit === '%') return `${number}%`;
  return unit === '' ? number : `${number} ${unit}`;
}

/** A stored table cell: printed blank → `空`, otherwise as {@link formatValue}. */
export function formatCell(value: number | null, blank: boolean, unit: string): string {
  if (blank && value === null) return BLANK_VALUE;
  return formatValue(value, unit);
}
