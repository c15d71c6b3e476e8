import type { AppType } from '@nianbao/api';
import type {
  AgencyDto,
  AgencyKind,
  AuditListDto,
  CommitResultDto,
  ComparisonDto,
  CorrectionBody,
  CorrectionResultDto,
  MetricDef,
  RankingDto,
  RankingSortKey,
  RegionTreeDto,
  ReportDetailWithVersionsDto,
  ReportDiffDto,
  ReportListDto,
  ReportStateDto,
  SeriesResultDto,
  UploadPreviewListDto,
} from '@nianbao/schema';
import { type ClientResponse, hc } from 'hono/client';
import type { ResponseFormat } from 'hono/types';
import { readEditToken } from '../lib/edit-token.ts';
import { authorizationHeader } from '../lib/session-credential.ts';

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

/** A region as queries name it: GB/T code, or store id for a region without a code. */
export interface RegionScope {
  region?: string | undefined;
  regionId?: number | undefined;
}

/** Query of GET /api/agencies. */
export interface AgencyFilters extends RegionScope {
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

/** Query of GET /api/series: agency lines and region lines (each summed over its agencies). */
export interface SeriesFilters {
  metric: string;
  agencies: readonly number[];
  /** Region lines by GB/T code. */
  regions?: readonly string[] | undefined;
  /** Region lines by id (regions without a code). */
  regionIds?: readonly number[] | undefined;
  /** Region lines sum only agencies of this kind. */
  kind?: AgencyKind | undefined;
  from?: number | undefined;
  to?: number | undefined;
}

/** Query of GET /api/compare. */
export interface CompareFilters extends RegionScope {
  metrics: readonly string[];
  year: number;
  kind?: AgencyKind | undefined;
  groupBy: 'agency' | 'region';
}

/** Query of GET /api/rankings. */
export interface RankingFilters extends RegionScope {
  metric: string;
  year: number;
  kind?: AgencyKind | undefined;
  order?: 'asc' | 'desc' | undefined;
  includeFlagged?: boolean | undefined;
  /** The column the server lists the rows by (default rank) and its direction. */
  sort?: RankingSortKey | undefined;
  dir?: 'asc' | 'desc' | undefined;
  /** One page: rows skipped and rows wanted; without `limit` every row (downloads ignore both). */
  offset?: number | undefined;
  limit?: number | undefined;
}

/** Downloads offered beside tables. */
export type ExportFormat = 'csv' | 'xlsx';

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

/** Query of GET /api/audit. */
export interface AuditFilters {
  report?: number | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** Upload progress of one request, 0–1. */
export type ProgressListener = (fraction: number) => void;

/**
 * Sends a multipart upload and reports its progress. The browser's transport is XMLHttpRequest (fetch
 * cannot report upload progress); without one the client falls back on the typed RPC call.
 */
export type UploadTransport = (request: {
  url: string;
  body: FormData;
  headers: Record<string, string>;
  onProgress?: ProgressListener | undefined;
  signal?: AbortSignal | undefined;
}) => Promise<{ status: number; body: unknown }>;

/** Every call the dashboard makes to the API. */
export interface ApiClient {
  health(signal?: AbortSignal): Promise<HealthDto>;
  metrics(signal?: AbortSignal): Promise<MetricListDto>;
  agencies(filters: AgencyFilters, signal?: AbortSignal): Promise<AgencyListDto>;
  reports(filters: ReportFilters, signal?: AbortSignal): Promise<ReportListDto>;
  report(id: number, signal?: AbortSignal): Promise<ReportDetailWithVersionsDto>;
  diff(id: number, fromVersion: number, signal?: AbortSignal): Promise<ReportDiffDto>;
  series(filters: SeriesFilters, signal?: AbortSignal): Promise<SeriesResultDto>;
  regions(signal?: AbortSignal): Promise<RegionTreeDto>;
  compare(filters: CompareFilters, signal?: AbortSignal): Promise<ComparisonDto>;
  rankings(filters: RankingFilters, signal?: AbortSignal): Promise<RankingDto>;
  /** Links that download the same data as CSV (UTF-8 with BOM) or xlsx. */
  exportUrl: {
    series(filters: SeriesFilters, format: ExportFormat): string;
    compare(filters: CompareFilters, format: ExportFormat): string;
    rankings(filters: RankingFilters, format: ExportFormat): string;
  };
  audit(filters: AuditFilters, signal?: AbortSignal): Promise<AuditListDto>;
  /** POST /api/reports: parses the files and returns previews; nothing is stored. */
  previewUpload(
    files: readonly File[],
    token: string,
    options?: { onProgress?: ProgressListener; signal?: AbortSignal },
  ): Promise<UploadPreviewListDto>;
  /** POST /api/reports/commit: stores previewed files. */
  commitUploads(previewIds: readonly string[], token: string): Promise<CommitResultDto>;
  /** PATCH /api/reports/:id/values/:code: an editor's correction, with its reason. */
  correctValue(id: number, code: string, body: CorrectionBody, token: string): Promise<CorrectionResultDto>;
  /** DELETE /api/reports/:id (soft, restorable). */
  deleteReport(id: number, token: string, reason?: string): Promise<ReportStateDto>;
  /** POST /api/reports/:id/restore. */
  restoreReport(id: number, token: string, reason?: string): Promise<ReportStateDto>;
}

export interface ApiClientOptions {
  /** Origin (and optional prefix) the `/api/...` paths are resolved against; '' means same origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Transport for uploads with progress; defaults to XMLHttpRequest where the platform has it. */
  upload?: UploadTransport | undefined;
  /** The bearer token sent with reads (for stores whose reads are closed); '' sends none. */
  readToken?: () => string;
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

function seriesQuery(filters: SeriesFilters) {
  return {
    metric: filters.metric,
    agency: filters.agencies.map(String),
    region: [...(filters.regions ?? [])],
    regionId: (filters.regionIds ?? []).map(String),
    kind: filters.kind,
    from: text(filters.from),
    to: text(filters.to),
  };
}

function compareQuery(filters: CompareFilters) {
  return {
    metrics: filters.metrics.join(','),
    year: String(filters.year),
    region: text(filters.region),
    regionId: text(filters.regionId),
    kind: filters.kind,
    groupBy: filters.groupBy,
  };
}

function rankingQuery(filters: RankingFilters) {
  return {
    metric: filters.metric,
    year: String(filters.year),
    region: text(filters.region),
    regionId: text(filters.regionId),
    kind: filters.kind,
    order: filters.order,
    includeFlagged: filters.includeFlagged === true ? 'true' : undefined,
    sort: filters.sort,
    dir: filters.dir,
    offset: text(filters.offset),
    limit: text(filters.limit),
  };
}

/** The Authorization header of a bearer token (none for '' or a logged-in session's cookie). */
function bearer(token: string): Record<string, string> {
  return authorizationHeader(token);
}

/** An upload through XMLHttpRequest, the one browser API that reports upload progress. */
const xhrUpload: UploadTransport = ({ url, body, headers, onProgress, signal }) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = undefined;
      }
      resolve({ status: xhr.status, body: parsed });
    };
    xhr.onerror = () =>
      reject(new ApiRequestError('无法连接到服务器，请确认 API 服务已启动。', 0, 'network'));
    xhr.onabort = () => reject(new ApiRequestError('已取消上传。', 0, 'aborted'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });

/** Creates a client; the dashboard uses the shared `api` instance, tests pass their own fetch. */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  // AppType describes the routes below the `/api` mount point.
  const base = `${(options.baseUrl ?? '').replace(/\/+$/, '')}/api`;
  const readToken = options.readToken ?? (() => '');
  const rpc = hc<AppType>(base, {
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    headers: () => bearer(readToken()),
  });
  const upload = options.upload ?? (typeof XMLHttpRequest === 'undefined' ? undefined : xhrUpload);

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
  const auth = (token: string) => ({ headers: bearer(token) });

  /** Turns a transport's answer into the typed body or an ApiRequestError, like `send`. */
  function settle<T>(status: number, body: unknown): T {
    if (status >= 200 && status < 300 && body !== undefined) return body as T;
    if (isErrorBody(body)) throw new ApiRequestError(body.error.message, status, body.error.code);
    throw new ApiRequestError(`请求失败（HTTP ${status}）。`, status, 'http_error');
  }

  return {
    health: (signal) => send(() => rpc.health.$get({}, init(signal)), signal),
    metrics: (signal) => send(() => rpc.metrics.$get({}, init(signal)), signal),
    agencies: (filters, signal) =>
      send(
        () =>
          rpc.agencies.$get(
            {
              query: {
                q: text(filters.q),
                kind: filters.kind,
                region: text(filters.region),
                regionId: text(filters.regionId),
              },
            },
            init(signal),
          ),
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
    diff: (id, fromVersion, signal) =>
      send(
        () =>
          rpc.reports[':id'].diff.$get(
            { param: { id: String(id) }, query: { from: String(fromVersion) } },
            init(signal),
          ),
        signal,
      ),
    audit: (filters, signal) =>
      send(
        () =>
          rpc.audit.$get(
            {
              query: {
                report: text(filters.report),
                page: text(filters.page),
                pageSize: text(filters.pageSize),
              },
            },
            init(signal),
          ),
        signal,
      ),
    previewUpload: async (files, token, { onProgress, signal } = {}) => {
      type Body = SuccessBody<Awaited<ReturnType<typeof rpc.reports.$post>>>;
      if (upload === undefined) {
        // No progress without XMLHttpRequest (Node): the typed RPC call does the same request.
        const result = await send(
          () => rpc.reports.$post({ form: { file: [...files] } }, { ...auth(token), ...init(signal) }),
          signal,
        );
        onProgress?.(1);
        return result;
      }
      const body = new FormData();
      for (const file of files) body.append('file', file, file.name);
      // The URL comes from the typed route, not from a hand-written string.
      const url = `${base}${rpc.reports.$path()}`;
      const answer = await upload({ url, body, headers: bearer(token), onProgress, signal });
      return settle<Body>(answer.status, answer.body);
    },
    commitUploads: (previewIds, token) =>
      send(() => rpc.reports.commit.$post({ json: { previews: [...previewIds] } }, auth(token)), undefined),
    correctValue: (id, code, body, token) =>
      send(
        () =>
          rpc.reports[':id'].values[':code'].$patch(
            { param: { id: String(id), code }, json: body },
            auth(token),
          ),
        undefined,
      ),
    deleteReport: (id, token, reason) =>
      send(
        () =>
          rpc.reports[':id'].$delete(
            { param: { id: String(id) }, query: { reason: text(reason) } },
            auth(token),
          ),
        undefined,
      ),
    restoreReport: (id, token, reason) =>
      send(
        () =>
          rpc.reports[':id'].restore.$post(
            { param: { id: String(id) }, query: { reason: text(reason) } },
            auth(token),
          ),
        undefined,
      ),
    series: (filters, signal) =>
      send(() => rpc.series.$get({ query: seriesQuery(filters) }, init(signal)), signal),
    regions: async (signal) => {
      const body = await send(() => rpc.regions.$get({}, init(signal)), signal);
      // Hono's JSON typing cannot follow a recursive field and types `children` as JSONValue; the
      // route returns getRegionTree's RegionTreeDto, children of the same shape all the way down.
      return body as RegionTreeDto;
    },
    compare: (filters, signal) =>
      send(() => rpc.compare.$get({ query: compareQuery(filters) }, init(signal)), signal),
    rankings: (filters, signal) =>
      send(() => rpc.rankings.$get({ query: rankingQuery(filters) }, init(signal)), signal),
    exportUrl: {
      series: (filters, format) =>
        `${base}${rpc.series.$path({ query: { ...seriesQuery(filters), format } })}`,
      compare: (filters, format) =>
        `${base}${rpc.compare.$path({ query: { ...compareQuery(filters), format } })}`,
      rankings: (filters, format) =>
        `${base}${rpc.rankings.$path({ query: { ...rankingQuery({ ...filters, offset: undefined, limit: undefined }), format } })}`,
    },
  };
}

/** The dashboard's client: same-origin requests (Vite proxies `/api` in development). */
export const api: ApiClient = createApiClient({ readToken: readEditToken });
