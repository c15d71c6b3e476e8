/** The six outcome categories of table 3 (办理结果), in printed order, with their total-column codes. */
export const OUTCOMES = [
  { code: 't3.granted.total', label: '予以公开', color: '#2b8a3e' },
  { code: 't3.partial.total', label: '部分公开', color: '#74b816' },
  { code: 't3.denied.total', label: '不予公开', color: '#c92a2a' },
  { code: 't3.unable.total', label: '无法提供', color: '#e67700' },
  { code: 't3.not_processed.total', label: '不予处理', color: '#5f3dc4' },
  { code: 't3.other.total', label: '其他', color: '#868e96' },
] as const;

export type OutcomeCode = (typeof OUTCOMES)[number]['code'];

/** One unit's outcome breakdown: counts (件) and shares (%) per category. */
export interface OutcomeRow {
  name: string;
  /** Sum of the six categories; null when no category has a number. */
  total: number | null;
  counts: Record<OutcomeCode, number | null>;
  /** Percent of `total`; all null when the total is 0 or missing (no ratio without a denominator). */
  shares: Record<OutcomeCode, number | null>;
  flagged: boolean;
}

/**
 * Turns per-unit values into 100% stacked-bar rows. The denominator is the sum of the six categories
 * (not the printed 总计, which may disagree when a report is inconsistent), so the bars add up to 100.
 */
export function outcomeRows(
  units: readonly { name: string; values: Readonly<Record<string, number | null>>; flagged?: boolean }[],
): OutcomeRow[] {
  return units.map((unit) => {
    const counts = {} as Record<OutcomeCode, number | null>;
    const shares = {} as Record<OutcomeCode, number | null>;
    let total: number | null = null;
    for (const { code } of OUTCOMES) {
      const value = unit.values[code];
      counts[code] = typeof value === 'number' ? value : null;
      if (typeof value === 'number') total = (total ?? 0) + value;
    }
    for (const { code } of OUTCOMES) {
      const count = counts[code];
      shares[code] = total !== null && total > 0 ? ((count ?? 0) / total) * 100 : null;
    }
    return { name: unit.name, total, counts, shares, flagged: unit.flagged === true };
  });
}
