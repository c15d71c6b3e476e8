import { describe, expect, it } from 'vitest';
import { measureOf, parseLedgerParams } from './ledger-params.ts';

describe('ledger view params', () => {
  it('defaults to this month by adopted items, largest first', () => {
    expect(parseLedgerParams(new URLSearchParams())).toEqual({
      scope: 'month',
      year: undefined,
      month: undefined,
      sort: 'adopted',
      dir: 'desc',
      unit: undefined,
    });
  });

  it('reads a shared link and drops what is malformed', () => {
    const params = new URLSearchParams('scope=ytd&year=2024&month=3&sort=name&unit=17');
    expect(parseLedgerParams(params)).toEqual({
      scope: 'ytd',
      year: 2024,
      month: 3,
      sort: 'name',
      dir: 'asc',
      unit: 17,
    });
    const bad = new URLSearchParams('scope=week&year=24&month=13&sort=x&dir=up&unit=-1');
    expect(parseLedgerParams(bad)).toEqual(parseLedgerParams(new URLSearchParams()));
  });

  it('ranks by adopted items when the table is sorted by name', () => {
    expect(measureOf('name')).toBe('adopted');
    expect(measureOf('rate')).toBe('rate');
  });
});
