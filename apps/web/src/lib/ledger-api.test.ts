import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client.ts';
import { createLedgerApi } from './ledger-api.ts';

function fakeFetch(answer: (url: URL) => { status: number; body: unknown }) {
  const seen: { url: URL; authorization: string | null }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    seen.push({ url, authorization: request.headers.get('Authorization') });
    const { status, body } = answer(url);
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch, seen };
}

describe('ledger client', () => {
  it('sends the ranking filters as query parameters with the read token', async () => {
    const { fetch, seen } = fakeFetch(() => ({ status: 200, body: { rows: [] } }));
    const api = createLedgerApi({ baseUrl: 'http://nianbao.test', fetch, readToken: () => 'tok' });
    await api.rankings({ year: 2024, month: 3, scope: 'ytd', region: '410300', by: 'rate', order: 'desc' });
    const call = seen[0];
    expect(call?.url.pathname).toBe('/api/ledger/rankings');
    expect(Object.fromEntries(call?.url.searchParams ?? [])).toEqual({
      year: '2024',
      month: '3',
      scope: 'ytd',
      region: '410300',
      by: 'rate',
      order: 'desc',
    });
    expect(call?.authorization).toBe('Bearer tok');
  });

  it("turns the server's error body into an ApiRequestError", async () => {
    const { fetch } = fakeFetch(() => ({
      status: 404,
      body: { error: { code: 'agency_not_found', message: 'no agency with id 9' } },
    }));
    const api = createLedgerApi({ baseUrl: 'http://nianbao.test', fetch });
    const failure = api.series({ agency: 9 });
    await expect(failure).rejects.toBeInstanceOf(ApiRequestError);
    await expect(failure).rejects.toMatchObject({ status: 404, code: 'agency_not_found' });
  });

  it('builds download links for both tables', () => {
    const api = createLedgerApi();
    expect(api.exportUrl.series({ agency: 5, year: 2024 }, 'xlsx')).toBe(
      '/api/ledger/series?agency=5&year=2024&format=xlsx',
    );
    expect(api.exportUrl.rankings({ scope: 'month', by: 'adopted', order: 'desc' }, 'csv')).toBe(
      '/api/ledger/rankings?scope=month&by=adopted&order=desc&format=csv',
    );
  });
});
