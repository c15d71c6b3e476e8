import type { AgencyDto, MetricDef } from '@nianbao/schema';

/** Most agencies the trend view draws at once; more lines stop being readable. */
export const MAX_TREND_AGENCIES = 10;

/** Earliest and latest statistics year accepted in links (the API's own bounds). */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** The trend view as a link states it; `undefined` means "not stated", so a default applies. */
export interface TrendParams {
  metric: string | undefined;
  /** `[]` when the link says "no agency" (`agency=`), undefined when it does not mention agencies. */
  agencies: number[] | undefined;
  from: number | undefined;
  to: number | undefined;
}

/** What the trend view shows once defaults are applied. */
export interface TrendState {
  metric: string | undefined;
  agencies: number[];
  from: number | undefined;
  to: number | undefined;
}

function parseYear(raw: string | null): number | undefined {
  if (raw === null || !/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

function parseAgencies(raw: readonly string[]): number[] {
  const ids: number[] = [];
  for (const item of raw) {
    if (!/^\d+$/.test(item)) continue;
    const id = Number(item);
    if (id > 0 && Number.isSafeInteger(id) && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, MAX_TREND_AGENCIES);
}

/** Reads the trend view's parameters from search params, dropping anything malformed. */
export function parseTrendParams(params: URLSearchParams): TrendParams {
  const metric = params.get('metric')?.trim() || undefined;
  const rawAgencies = params.getAll('agency');
  const agencies = rawAgencies.length === 0 ? undefined : parseAgencies(rawAgencies);
  let from = parseYear(params.get('from'));
  let to = parseYear(params.get('to'));
  // A reversed range is a typo, not an empty request.
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return { metric, agencies, from, to };
}

/**
 * Writes the trend view's state as search params (`metric`, repeated `agency`, `from`, `to`). An empty
 * agency list is written as `agency=` so that it is not mistaken for "use the default agency".
 */
export function toTrendParams(state: TrendState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.metric !== undefined) params.set('metric', state.metric);
  const agencies = state.agencies.slice(0, MAX_TREND_AGENCIES);
  if (agencies.length === 0) params.set('agency', '');
  for (const id of agencies) params.append('agency', String(id));
  if (state.from !== undefined) params.set('from', String(state.from));
  if (state.to !== undefined) params.set('to', String(state.to));
  return params;
}

/** Metrics drawn when a link names none, in order of preference: they carry data in both editions. */
const PREFERRED_METRICS = [
  'd.normative.issued',
  't2.normative.made',
  'd.applications.received',
  't3.new.total',
];

/** The metric shown on a fresh start: a preferred one if the catalogue has it, else the first. */
export function defaultMetric(metrics: readonly MetricDef[]): string | undefined {
  for (const code of PREFERRED_METRICS) {
    if (metrics.some((m) => m.code === code)) return code;
  }
  return metrics[0]?.code;
}

/** The agency shown on a fresh start: the first one that has reports. */
export function defaultAgency(agencies: readonly AgencyDto[]): number | undefined {
  return (agencies.find((a) => a.reportCount > 0) ?? agencies[0])?.id;
}

/** Fills what the link left unstated with defaults; an explicit choice (even "no agency") wins. */
export function withDefaults(
  params: TrendParams,
  metrics: readonly MetricDef[],
  agencies: readonly AgencyDto[],
): TrendState {
  const metric = params.metric ?? defaultMetric(metrics);
  const fallback = defaultAgency(agencies);
  const chosen = params.agencies ?? (fallback === undefined ? [] : [fallback]);
  return { metric, agencies: chosen, from: params.from, to: params.to };
}
