import type { SeriesDto } from '@nianbao/schema';

/** One line of the trend chart: the agency it belongs to and the row field holding its values. */
export interface ChartLine {
  /** Field name in each {@link ChartRow}; stable per agency. */
  key: string;
  agencyId: number;
  name: string;
}

/** One x position of the trend chart: a year and one value (or null) per line key. */
export interface ChartRow {
  year: number;
  [lineKey: string]: number | null;
}

export interface ChartData {
  lines: ChartLine[];
  rows: ChartRow[];
}

/** Field name used for an agency's values in chart rows. */
export function lineKey(agencyId: number): string {
  return `a${agencyId}`;
}

/**
 * Reshapes a series response into recharts rows keyed by year. Every year between the first and the
 * last point is present, so a year without a report shows as a gap in the line instead of being
 * skipped on the axis; an agency's missing or null value is null. When an agency has two reports for
 * one year the first non-null value wins. `order` lists agency ids in the order lines should appear.
 */
export function toChartData(dto: SeriesDto, order: readonly number[] = []): ChartData {
  const position = (id: number) => {
    const at = order.indexOf(id);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  const series = [...dto.series].sort((a, b) => position(a.agencyId) - position(b.agencyId));
  const lines = series.map((s) => ({ key: lineKey(s.agencyId), agencyId: s.agencyId, name: s.agencyName }));

  const years = series.flatMap((s) => s.points.map((p) => p.year));
  if (years.length === 0) return { lines, rows: [] };
  const first = Math.min(...years);
  const last = Math.max(...years);

  const rows: ChartRow[] = [];
  for (let year = first; year <= last; year++) {
    const row: ChartRow = { year };
    for (const line of lines) row[line.key] = null;
    rows.push(row);
  }
  for (const s of series) {
    const key = lineKey(s.agencyId);
    for (const point of s.points) {
      const row = rows[point.year - first];
      if (row !== undefined && row[key] === null) row[key] = point.value;
    }
  }
  return { lines, rows };
}

/** True when at least one point of the data carries a number (something can be drawn). */
export function hasAnyValue(data: ChartData): boolean {
  return data.rows.some((row) => data.lines.some((line) => typeof row[line.key] === 'number'));
}
