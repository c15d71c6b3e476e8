import type { AppType } from '@nianbao/api';
import type {
  AgencyKind,
  LedgerMeasure,
  LedgerRankingDto,
  LedgerScope,
  LedgerSeriesDto,
} from '@nianbao/schema';
import { hc } from 'hono/client';
import { ApiRequestError, type ExportFormat } from '../api/client.ts';
import { readEditToken } from './edit-token.ts';

/** Query of GET /api/ledger/rankings; year and month default to the latest with data. */
export interface LedgerRankingFilters {
  year?: number | undefined;
  month?: number | undefined;
  scope: LedgerScope;
  region?: string | undefined;
  regionId?: number | undefined;
  kind?: AgencyKind | undefined;
  by: LedgerMeasure;
  order: 'asc' | 'desc';
}

/** Query of GET /api/ledger/series. */
export interface LedgerSeriesFilters {
  agency: number;
  year?: number | undefined;
}

/** The dashboard's calls to the ledger API (政务信息报送). */
export interface LedgerApi {
  rankings(filters: LedgerRankingFilters, signal?: AbortSignal): Promise<LedgerRankingDto>;
  series(filters: LedgerSeriesFilters, signal?: AbortSignal): Promise<LedgerSeriesDto>;
  /** Links that download the same data as CSV (UTF-8 with BOM) or xlsx. */
  exportUrl: {
    rankings(filters: LedgerRankingFilters, format: ExportFormat): string;
    series(filters: LedgerSeriesFilters, format: ExportFormat): string;
  };
}

const text = (value: number | undefined) => (value === undefined ? undefined : String(value));

function rankingQuery(f: LedgerRankingFilters) {
  return {
    year: text(f.year),
    month: text(f.month),
    scope: f.scope,
    region: f.region,
    regionId: text(f.regionId),
    kind: f.kind,
    by: f.by,
    order: f.order,
  };
}

const seriesQuery = (f: LedgerSeriesFilters) => ({ agency: String(f.agency), year: text(f.year) });

/** A response's JSON, or the ApiRequestError its `{ error }` body (or its absence) describes. */
async function settle<T>(request: () => Promise<Response>, signal: AbortSignal | undefined): Promise<T> {
  let response: Response;
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
  if (response.ok) return body as T;
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.code === 'string' && typeof error.message === 'string') {
    throw new ApiRequestError(error.message, response.status, error.code);
  }
  throw new ApiRequestError(`请求失败（HTTP ${response.status}）。`, response.status, 'http_error');
}

/** Creates the ledger client over the typed Hono RPC of the server's routes. */
export function createLedgerApi(
  options: { baseUrl?: string; fetch?: typeof fetch; readToken?: () => string } = {},
): LedgerApi {
  const base = `${(options.baseUrl ?? '').replace(/\/+$/, '')}/api`;
  const readToken = options.readToken ?? (() => '');
  const rpc = hc<AppType>(base, {
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    headers: (): Record<string, string> => {
      const token = readToken();
      return token === '' ? {} : { Authorization: `Bearer ${token}` };
    },
  });
  const init = (signal: AbortSignal | undefined) => ({ init: { signal: signal ?? null } });
  return {
    rankings: (filters, signal) =>
      settle(() => rpc.ledger.rankings.$get({ query: rankingQuery(filters) }, init(signal)), signal),
    series: (filters, signal) =>
      settle(() => rpc.ledger.series.$get({ query: seriesQuery(filters) }, init(signal)), signal),
    exportUrl: {
      rankings: (filters, format) =>
        `${base}${rpc.ledger.rankings.$path({ query: { ...rankingQuery(filters), format } })}`,
      series: (filters, format) =>
        `${base}${rpc.ledger.series.$path({ query: { ...seriesQuery(filters), format } })}`,
    },
  };
}

/** The dashboard's ledger client: same-origin requests, the editor's token for closed stores. */
export const ledgerApi: LedgerApi = createLedgerApi({ readToken: readEditToken });
