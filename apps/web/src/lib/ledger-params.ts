import type { LedgerMeasure, LedgerScope } from '@nianbao/schema';
import { parseId, parseYear } from './filter-params.ts';

/** Columns of the ledger table that sort. */
export const LEDGER_SORT_KEYS = ['name', 'submitted', 'adopted', 'rate'] as const;
export type LedgerSortKey = (typeof LEDGER_SORT_KEYS)[number];

/** The ledger view's own state in the URL, beside the shared region and kind filters. */
export interface LedgerParams {
  scope: LedgerScope;
  /** Undefined: the latest year (and month) with ledger data. */
  year: number | undefined;
  month: number | undefined;
  sort: LedgerSortKey;
  dir: 'asc' | 'desc';
  /** The unit whose trend is shown. */
  unit: number | undefined;
}

/** A month 1–12 from a link. */
export function parseMonth(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,2}$/.test(raw)) return undefined;
  const month = Number(raw);
  return month >= 1 && month <= 12 ? month : undefined;
}

/** Reads the ledger view's params, dropping anything malformed; figures sort largest first by default. */
export function parseLedgerParams(params: URLSearchParams): LedgerParams {
  const sort = LEDGER_SORT_KEYS.find((k) => k === params.get('sort')) ?? 'adopted';
  const dir = params.get('dir');
  return {
    scope: params.get('scope') === 'ytd' ? 'ytd' : 'month',
    year: parseYear(params.get('year')),
    month: parseMonth(params.get('month')),
    sort,
    dir: dir === 'asc' || dir === 'desc' ? dir : sort === 'name' ? 'asc' : 'desc',
    unit: parseId(params.get('unit')),
  };
}

/** The measure the server ranks by for a table sort (names sort over the adopted ranking). */
export function measureOf(sort: LedgerSortKey): LedgerMeasure {
  return sort === 'name' ? 'adopted' : sort;
}
