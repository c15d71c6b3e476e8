import type { SeriesDto } from '@nianbao/schema';

/** One line of a trend chart: the unit it belongs to and the row field holding its values. */
export interface ChartLine {
  /** Field name in each {@link ChartRow}; stable per unit (`a12` agency, `r410323` region). */
  key: string;
  name: string;
  /** Set for an agency line. */
  agencyId?: number | undefined;
  /** Set for a region line. */
  regionCode?: string | undefined;
}

/** One x position of a trend chart: a year and one value (or null) per line key. */
export interface ChartRow {
  year: number;
  [lineKey: string]: number | null;
}

export interface ChartData {
  lines: ChartLine[];
  rows: ChartRow[];
  /** `key@year` of every drawn value that comes from a report with error findings. */
  flagged?: ReadonlySet<string> | undefined;
  /** `key@year` → reports summed into a region line's value. */
  reportCounts?: ReadonlyMap<string, number> | undefined;
}

/** A point as the series endpoints return it; `flagged` marks a report with error findings. */
export interface LinePoint {
  year: number;
  value: number | null;
  flagged?: boolean | undefined;
  /** Region lines: the reports summed into the value. */
  reportCount?: number | undefined;
}

/** A line before reshaping: its identity and its points. */
export interface LineInput extends ChartLine {
  points: readonly LinePoint[];
}

/** Field name used for an agency's values in chart rows. */
export function lineKey(agencyId: number): string {
  return `a${agencyId}`;
}

/** Field name used for a region's values in chart rows. */
export function regionLineKey(code: string): string {
  return `r${code}`;
}

/** Key of one drawn value in {@link ChartData.flagged}. */
export function flagKey(key: string, year: number): string {
  return `${key}@${year}`;
}

/**
 * Reshapes lines into recharts rows keyed by year. Every year between the first and the last point
 * is present, so a year without a report shows as a gap in the line instead of being skipped on the
 * axis; a missing or null value is null. When a line has two points for one year the first non-null
 * value wins.
 */
export function buildChartData(inputs: readonly LineInput[]): ChartData {
  const lines: ChartLine[] = inputs.map(({ points: _points, ...line }) => line);
  const years = inputs.flatMap((s) => s.points.map((p) => p.year));
  if (years.length === 0) return { lines, rows: [], flagged: new Set(), reportCounts: new Map() };
  const first = Math.min(...years);
  const last = Math.max(...years);

  const rows: ChartRow[] = [];
  for (let year = first; year <= last; year++) {
    const row: ChartRow = { year };
    for (const line of lines) row[line.key] = null;
    rows.push(row);
  }
  const flagged = new Set<string>();
  const reportCounts = new Map<string, number>();
  for (const input of inputs) {
    for (const point of input.points) {
      const row = rows[point.year - first];
      if (row === undefined || row[input.key] !== null) continue;
      row[input.key] = point.value;
      if (point.flagged === true && point.value !== null) flagged.add(flagKey(input.key, point.year));
      if (point.reportCount !== undefined)
        reportCounts.set(flagKey(input.key, point.year), point.reportCount);
    }
  }
  return { lines, rows, flagged, reportCounts };
}

/**
 * Reshapes an agency series response; `order` lists agency ids in the order lines should appear
 * (unknown agencies last).
 */
export function toChartData(dto: SeriesDto, order: readonly number[] = []): ChartData {
  const position = (id: number) => {
    const at = order.indexOf(id);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  const series = [...dto.series].sort((a, b) => position(a.agencyId) - position(b.agencyId));
  return buildChartData(
    series.map((s) => ({
      key: lineKey(s.agencyId),
      agencyId: s.agencyId,
      name: s.agencyName,
      points: s.points,
    })),
  );
}

/** True when at least one point of the data carries a number (something can be drawn). */
export function hasAnyValue(data: ChartData): boolean {
  return data.rows.some((row) => data.lines.some((line) => typeof row[line.key] === 'number'));
}
