import type { ChartData } from './series-rows.ts';

/** The unit shown for an indexed chart: every line starts at 100. */
export const INDEX_UNIT = '指数';

/**
 * Rescales every line to 100 at its first non-null value, so units of very different size can be
 * compared by growth. A line whose first value is 0 cannot be indexed and becomes all null.
 */
export function indexToFirstYear(data: ChartData): ChartData {
  const base = new Map<string, number | null>();
  for (const line of data.lines) {
    const first = data.rows.find((row) => typeof row[line.key] === 'number')?.[line.key];
    base.set(line.key, typeof first === 'number' && first !== 0 ? first : null);
  }
  const rows = data.rows.map((row) => {
    const out: (typeof data.rows)[number] = { year: row.year };
    for (const line of data.lines) {
      const value = row[line.key];
      const b = base.get(line.key);
      out[line.key] = typeof value === 'number' && typeof b === 'number' ? (value / b) * 100 : null;
    }
    return out;
  });
  return { lines: data.lines, rows };
}

/** Lines that cannot be indexed (their first value is 0); the page names them. */
export function unindexableLines(data: ChartData): string[] {
  return data.lines
    .filter((line) => data.rows.find((row) => typeof row[line.key] === 'number')?.[line.key] === 0)
    .map((line) => line.name);
}
