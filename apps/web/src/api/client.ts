import type { AppType } from '@nianbao/api';
import type {
  AgencyDto,
  AgencyKind,
  MetricDef,
  ReportDetailDto,
  ReportListDto,
  SeriesDto,
} from '@nianbao/schema';
import { type ClientResponse, hc } from 'hono/client';
import type { ResponseFormat } from 'hono/types';

// The one place the dashboard talks to the API: Hono RPC typed by the server's `AppType`, so a change
// of a route's response shape that no longer fits the DTOs below fails the web typecheck.

/** Body of GET /api/health. */
export interface HealthDto {
  status: 'ok';
  reports: number;
}

/** Body of GET /api/metrics. */
export interface MetricListDto {
  metrics: readonly MetricDef[];
}

/** Body of GET /api/agencies. */
export interface AgencyListDto {
  agencies: AgencyDto[];
}

/** Query of GET /api/agencies. */
export interface AgencyFilters {
  q?: string | undefined;
  kind?: AgencyKind | undefined;
}

/** Query of GET /api/reports. */
export interface ReportFilters {
  q?: string | undefined;
  agency?: number | undefined;
  year?: number | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** Query of GET /api/series. */
export interface SeriesFilters {
  metric: string;
  agencies: readonly number[];
  from?: number | undefined;
  to?: number | undefined;
}

/** A failed API call: the server's `{ error: { code, message } }` body, or a network/parse failure. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    message: string,
    /** HTTP status; 0 when the request never got an answer. */
    readonly status: number,
    /** The server's error code, or `network` / `bad_response`. */
    readonly code: string,
  ) {
    super(message);
  }
}

/** Every call the dashboard makes to the API. */
export interface ApiClient {
  health(signal?: AbortSignal): Promise<HealthDto>;
  metrics(signal?: AbortSignal): Promise<MetricListDto>;
  agencies(filters: AgencyFilters, signal?: AbortSignal): Promise<AgencyListDto>;
  reports(filters: ReportFilters, signal?: AbortSignal): Promise<ReportListDto>;
  report(id: number, signal?: AbortSignal): Promise<ReportDetailDto>;
  series(filters: SeriesFilters, signal?: AbortSignal): Promise<SeriesDto>;
}

export interface ApiClientOptions {
  /** Origin (and optional prefix) the `/api/...` paths are resolved against; '' means same origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** The body of a route's successful response: its declared outputs minus the `{ error }` shape. */
type SuccessBody<R> =
  R extends ClientResponse<infer B, number, ResponseFormat>
    ? B extends { error: { code: string; message: string } }
      ? never
      : B
    : never;

/** Query values as strings, leaving out unset ones (hc drops undefined keys itself). */
function text(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const out = String(value).trim();
  return out === '' ? undefined : out;
}

function isErrorBody(body: unknown): body is { error: { code: string; message: string } } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/** Creates a client; the dashboard uses the shared `api` instance, tests pass their own fetch. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  // AppType describes the routes below the `/api` mount point.
  const base = `${(options.baseUrl ?? '').replace(/\/+$/, '')}/api`;
  const rpc = hc<AppType>(base, options.fetch === undefined ? {} : { fetch: options.fetch });

  async function send<R extends ClientResponse<unknown, number, ResponseFormat>>(
    request: () => Promise<R>,
    signal: AbortSignal | undefined,
  ): Promise<SuccessBody<R>> {
    let response: R;
    try {
      response = await request();
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiRequestError('无法连接到服务器，请确认 API 服务已启动。', 0, 'network');
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiRequestError(
        `服务器返回了无法解析的内容（HTTP ${response.status}）。`,
        response.status,
        'bad_response',
      );
    }
    if (!response.ok) {
      if (isErrorBody(body)) throw new ApiRequestError(body.error.message, response.status, body.error.code);
      throw new ApiRequestError(`请求失败（HTTP ${response.status}）。`, response.status, 'http_error');
    }
    // A 2xx body is the route's success shape; error bodies were turned into ApiRequestError above.
    return body as SuccessBody<R>;
  }

  const init = (signal: AbortSignal | undefined) => ({ init: { signal: signal ?? null } });

  return {
    health: (signal) => send(() => rpc.health.$get({}, init(signal)), signal),
    metrics: (signal) => send(() => rpc.metrics.$get({}, init(signal)), signal),
    agencies: (filters, signal) =>
      send(
        () => rpc.agencies.$get({ query: { q: text(filters.q), kind: filters.kind } }, init(signal)),
        signal,
      ),
    reports: (filters, signal) =>
      send(
        () =>
          rpc.reports.$get(
            {
              query: {
                q: text(filters.q),
                agency: text(filters.agency),
                year: text(filters.year),
                page: text(filters.page),
                pageSize: text(filters.pageSize),
              },
            },
            init(signal),
          ),
        signal,
      ),
    report: (id, signal) =>
      send(() => rpc.reports[':id'].$get({ param: { id: String(id) } }, init(signal)), signal),
    series: (filters, signal) =>
      send(
        () =>
          rpc.series.$get(
            {
              query: {
                metric: filters.metric,
                agency: filters.agencies.map(String),
                from: text(filters.from),
                to: text(filters.to),
              },
            },
            init(signal),
          ),
        signal,
      ),
  };
}

/** The dashboard's client: same-origin requests (Vite proxies `/api` in development). */
export const api: ApiClient = createApiClient();
