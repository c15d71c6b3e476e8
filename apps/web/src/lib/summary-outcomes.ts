import { OUTCOMES, type OutcomeRow } from './outcome-shares.ts';
import { figureText, sentence } from './summary-format.ts';

/**
 * One or two sentences about an outcome breakdown: the drawn units' applications answered in all
 * and the share of each leading outcome, then the unit with the highest share of 予以公开.
 */
export function outcomesSummary(
  rows: readonly OutcomeRow[],
  context: { year: number; scope: string },
): string[] {
  const drawn = rows.filter((r) => r.total !== null && r.total > 0);
  if (drawn.length === 0) return [`${context.year}年度${context.scope}没有申请办理结果数据。`];
  const total = drawn.reduce((sum, r) => sum + (r.total ?? 0), 0);
  const shares = OUTCOMES.map((o) => {
    const count = drawn.reduce((sum, r) => sum + (r.counts[o.code] ?? 0), 0);
    return { label: o.label, count, share: (count / total) * 100 };
  });
  const leading = shares.filter((s) => s.count > 0).slice(0, 3);
  const granted = OUTCOMES[0].code;
  const top = drawn.reduce((a, b) => ((b.shares[granted] ?? -1) > (a.shares[granted] ?? -1) ? b : a));
  const lead = sentence(
    `${context.year}年度${context.scope}图中${drawn.length}个单位共办结申请${figureText(total, '件')}`,
    `其中${leading.map((s) => `${s.label}${figureText(s.count, '件')}（占${figureText(s.share, '%')}）`).join('、')}`,
  );
  if (drawn.length < 2) return [lead];
  return [lead, `予以公开占比最高的是${top.name}（${figureText(top.shares[granted] ?? null, '%')}）。`];
}
