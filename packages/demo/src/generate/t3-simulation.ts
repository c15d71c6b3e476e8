import { emptyT3, emptyT4, T3_RESULT_ROWS, T3_WIDTH, type T3Matrix, type T4Matrix } from './figures.ts';
import type { Rng } from './prng.ts';

/** Share of applications by applicant column (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他). */
const APPLICANT_SHARES = [0.86, 0.085, 0.004, 0.006, 0.025, 0.02];

/** Share of handled applications by result row, in `T3_RESULT_ROWS` order. */
const RESULT_SHARES: Record<(typeof T3_RESULT_ROWS)[number], number> = {
  granted: 0.41,
  partial: 0.09,
  'denied.state_secret': 0.004,
  'denied.law_forbidden': 0.008,
  'denied.three_safety': 0.004,
  'denied.third_party': 0.02,
  'denied.internal_affairs': 0.02,
  'denied.process_info': 0.022,
  'denied.enforcement_file': 0.01,
  'denied.query_matter': 0.025,
  'unable.not_held': 0.21,
  'unable.needs_creation': 0.03,
  'unable.unclear': 0.02,
  'not_processed.petition': 0.03,
  'not_processed.repeat': 0.03,
  'not_processed.publication': 0.004,
  'not_processed.mass_repeat': 0.01,
  'not_processed.confirm': 0.008,
  'other.no_correction': 0.025,
  'other.no_fee': 0.002,
  'other.other': 0.017,
};

/** Outcome shares of review and suit cases (维持, 纠正, 其他, 尚未审结). */
const REVIEW_OUTCOMES = [0.52, 0.13, 0.23, 0.12];
const SUIT_OUTCOMES = [0.6, 0.08, 0.17, 0.15];

/** Splits n items over categories with the given shares (they need not sum to 1). */
export function multinomial(rng: Rng, n: number, shares: readonly number[]): number[] {
  let left = n;
  let rest = shares.reduce((a, b) => a + b, 0);
  return shares.map((share, i) => {
    if (i === shares.length - 1) return left;
    const k = rest > 0 ? rng.binomial(left, Math.min(1, share / rest)) : 0;
    left -= k;
    rest -= share;
    return k;
  });
}

/**
 * Table 3 for one year: new applications split by applicant, last year's carry-forward carried
 * over, a few kept open into next year, the rest distributed over results. R1–R3 hold by
 * construction; the 总计 column is the sum of the six applicant columns.
 */
export function simulateT3(
  rng: Rng,
  newTotal: number,
  carried: readonly number[],
  forwardRate: number,
): T3Matrix {
  const t3 = emptyT3();
  const applicants = multinomial(rng, newTotal, APPLICANT_SHARES);
  const shares = T3_RESULT_ROWS.map((r) => RESULT_SHARES[r]);
  for (let c = 0; c < T3_WIDTH - 1; c++) {
    const fresh = applicants[c] ?? 0;
    const old = carried[c] ?? 0;
    const forward = rng.binomial(fresh, forwardRate);
    const handled = fresh + old - forward;
    const results = multinomial(rng, handled, shares);
    t3.new[c] = fresh;
    t3.carried_over[c] = old;
    t3.carry_forward[c] = forward;
    t3.total[c] = handled;
    T3_RESULT_ROWS.forEach((row, i) => {
      t3[row][c] = results[i] ?? 0;
    });
  }
  for (const row of Object.values(t3)) {
    row[T3_WIDTH - 1] = row.slice(0, T3_WIDTH - 1).reduce((a, b) => a + b, 0);
  }
  return t3;
}

/** Table 4 for one year: review and suit cases drawn from the handled applications; R4 holds. */
export function simulateT4(rng: Rng, handled: number, reviewRate: number, suitRate: number): T4Matrix {
  const t4 = emptyT4();
  const draw = (lambda: number, outcomes: readonly number[]) => {
    const n = rng.poisson(lambda);
    const parts = multinomial(rng, n, outcomes);
    return [...parts, n];
  };
  t4.review = draw(handled * reviewRate + 0.004, REVIEW_OUTCOMES);
  t4.suit_direct = draw(handled * suitRate * 0.6 + 0.002, SUIT_OUTCOMES);
  t4.suit_after_review = draw(handled * suitRate * 0.4 + 0.001, SUIT_OUTCOMES);
  return t4;
}
