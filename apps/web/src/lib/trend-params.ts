import type { MetricDef } from '@nianbao/schema';
import { parseId, parseRegionCode, parseYear } from './filter-params.ts';
import type { RegionRef } from './region-tree.ts';

/** Most lines (agencies and regions together) the trend view draws at once. */
export const MAX_TREND_LINES = 10;

/** How values are drawn: as printed, or each line rescaled to 100 in its first year. */
export type TrendMode = 'absolute' | 'indexed';

/** The trend view as a link states it; `undefined` means "not stated", so a default applies. */
export interface TrendParams {
  metric: string | undefined;
  /** `[]` when the link says "no agency" (`agency=`), undefined when it does not mention agencies. */
  agencies: number[] | undefined;
  /** Region lines; undefined when the link does not mention any. */
  areas: RegionRef[] | undefined;
  mode: TrendMode;
  from: number | undefined;
  to: number | undefined;
}

/** What the trend view shows once defaults are applied. */
export interface TrendState {
  metric: string | undefined;
  agencies: number[];
  areas: RegionRef[];
  mode: TrendMode;
  from: number | undefined;
  to: number | undefined;
}

function parseAgencies(raw: readonly string[]): number[] {
  const ids: number[] = [];
  for (const item of raw) {
    const id = parseId(item);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** A region line in a link: its GB/T code, or `id<N>` for a region without a code. */
export function areaToken(ref: RegionRef): string | undefined {
  if (ref.region !== undefined) return ref.region;
  return ref.regionId === undefined ? undefined : `id${ref.regionId}`;
}

/** Reads a region line token; anything malformed is dropped. */
export function parseAreaToken(raw: string): RegionRef | undefined {
  const code = parseRegionCode(raw);
  if (code !== undefined) return { region: code, regionId: undefined };
  const id = /^id(\d+)$/.exec(raw)?.[1];
  const regionId = parseId(id);
  return regionId === undefined ? undefined : { region: undefined, regionId };
}

function parseAreas(raw: readonly string[]): RegionRef[] {
  const refs: RegionRef[] = [];
  for (const item of raw) {
    const ref = parseAreaToken(item.trim());
    if (ref !== undefined && !refs.some((r) => areaToken(r) === areaToken(ref))) refs.push(ref);
  }
  return refs;
}

/** Reads the trend view's parameters from search params, dropping anything malformed. */
export function parseTrendParams(params: URLSearchParams): TrendParams {
  const metric = params.get('metric')?.trim() || undefined;
  const rawAgencies = params.getAll('agency');
  const rawAreas = params.getAll('area');
  let agencies = rawAgencies.length === 0 ? undefined : parseAgencies(rawAgencies);
  const areas = rawAreas.length === 0 ? undefined : parseAreas(rawAreas);
  // Regions first, then agencies, up to the line limit.
  const room = MAX_TREND_LINES - (areas?.length ?? 0);
  if (agencies !== undefined) agencies = agencies.slice(0, Math.max(0, room));
  let from = parseYear(params.get('from'));
  let to = parseYear(params.get('to'));
  // A reversed range is a typo, not an empty request.
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  const mode: TrendMode = params.get('mode') === 'indexed' ? 'indexed' : 'absolute';
  return { metric, agencies, areas: areas?.slice(0, MAX_TREND_LINES), mode, from, to };
}

/**
 * The trend view's own keys as written into the URL. Empty lists are written as `agency=` / `area=`
 * so that they are not mistaken for "use the default".
 */
export function trendParamValues(state: TrendState) {
  const areas = state.areas.map(areaToken).filter((t) => t !== undefined);
  return {
    metric: state.metric,
    area: areas.length === 0 ? [''] : areas,
    agency: state.agencies.length === 0 ? [''] : state.agencies,
    mode: state.mode === 'indexed' ? 'indexed' : undefined,
    from: state.from,
    to: state.to,
  };
}

/** Metrics drawn when a link names none, in order of preference: they carry data in both editions. */
const PREFERRED_METRICS = [
  'd.applications.received',
  'd.normative.issued',
  't2.normative.made',
  't3.new.total',
];

/** The metric shown on a fresh start: a preferred one if the catalogue has it, else the first. */
export function defaultMetric(metrics: readonly MetricDef[]): string | undefined {
  for (const code of PREFERRED_METRICS) {
    if (metrics.some((m) => m.code === code)) return code;
  }
  return metrics[0]?.code;
}

/**
 * Fills what the link left unstated: the catalogue's default metric, and the page's region as the
 * one line when the link names no line at all. An explicit choice (even "no line") wins.
 */
export function withDefaults(
  params: TrendParams,
  metrics: readonly MetricDef[],
  region: RegionRef | undefined,
): TrendState {
  const metric = params.metric ?? defaultMetric(metrics);
  const nothingStated = params.agencies === undefined && params.areas === undefined;
  const areas =
    params.areas ??
    (nothingStated && region !== undefined && areaToken(region) !== undefined ? [region] : []);
  return {
    metric,
    agencies: params.agencies ?? [],
    areas,
    mode: params.mode,
    from: params.from,
    to: params.to,
  };
}
