/**
 * Competition ranks ("1224"): items that compare equal share a rank and the next rank skips.
 * `better(a, b)` is negative when `a` ranks ahead of `b`, 0 for a tie. Items `rankable` rejects get
 * null. Returns ranks aligned with `items`.
 */
export function competitionRanks<T>(
  items: readonly T[],
  better: (a: T, b: T) => number,
  rankable: (item: T) => boolean = () => true,
): (number | null)[] {
  const order = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => rankable(item))
    .sort((a, b) => better(a.item, b.item));
  const ranks: (number | null)[] = items.map(() => null);
  let previous: { item: T; rank: number } | undefined;
  order.forEach(({ item, index }, position) => {
    const rank = previous && better(previous.item, item) === 0 ? previous.rank : position + 1;
    ranks[index] = rank;
    previous = { item, rank };
  });
  return ranks;
}

/** Compares adopted/submitted rates exactly (cross-multiplied integers), higher first. */
export function byRateDesc(
  a: { submitted: number; adopted: number },
  b: { submitted: number; adopted: number },
) {
  return b.adopted * a.submitted - a.adopted * b.submitted;
}

/** A rate in percent, two decimals; null when nothing was submitted. */
export function ratePercent(adopted: number, submitted: number): number | null {
  return submitted > 0 ? Math.round((adopted / submitted) * 10_000) / 100 : null;
}
