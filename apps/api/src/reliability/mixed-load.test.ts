import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createToken, importPaths, listReports, openStore, type Store } from '@nianbao/db';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeConsistency } from '../../../../packages/db/src/reliability/store-consistency.ts';
import { makeTempDir } from '../../../../packages/db/src/test-support/temp-dir.ts';
import { type RunningServer, startServer } from '../serve.ts';

const DEMO = fileURLToPath(new URL('../../../../data/reports/demo/伊川县/2019', import.meta.url));
const REQUESTS = 1_500;
const CODES = ['t2.normative.made', 't3.new.total'];

/** Reasons of the corrections stored by the load, from the audit log. */
async function storedWrites(store: Store): Promise<string[]> {
  const rows = await sql<{ reason: string }>`select reason from audit_log
    where action = 'correct' and reason like 'load-%'`.execute(store.db);
  return rows.rows.map((r) => r.reason).sort();
}

describe('the API under a mixed read/write load (autocannon, 127.0.0.1)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: Store;
  let server: RunningServer;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('nianbao-load-'));
    store = await openStore(`file:${path.join(dir, 'load.db')}`);
    const { errors } = await importPaths(store, [DEMO], { source: 'demo' });
    expect(errors).toEqual([]);
    // The limits stay on; only the write rate is raised, since one token drives the whole load.
    server = await startServer({
      store,
      port: 0,
      hostname: '127.0.0.1',
      security: { writesPerMinute: 1_000_000 },
    });
  });
  afterEach(async () => {
    await server.close();
    await store.close();
    await cleanup();
  });

  it('answers every request without an error and stores every acknowledged write exactly once', async () => {
    const { token } = await createToken(store, { name: '压力测试', role: 'editor' });
    const reports = (await listReports(store, { page: 1, pageSize: 5 })).reports;
    const targets = reports.slice(0, 2).map((r) => r.id);
    expect(targets).toHaveLength(2);
    const agency = reports[0]?.agencyId ?? 0;

    let sequence = 0;
    const acknowledged: string[] = [];
    const refused: string[] = [];
    const write = (reportId: number, code: string): autocannon.Request => ({
      method: 'PATCH',
      path: `/api/reports/${reportId}/values/${code}`,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      setupRequest: (request, context) => {
        // Every write is unique (its value and reason), so each one must leave its own audit row.
        const n = ++sequence;
        (context as { reason?: string }).reason = `load-${n}`;
        return { ...request, body: JSON.stringify({ value: 1_000 + n, reason: `load-${n}` }) };
      },
      onResponse: (status, body, context) => {
        const changed = status === 200 && (JSON.parse(body) as { changed?: boolean }).changed === true;
        (changed ? acknowledged : refused).push(String((context as { reason?: string }).reason));
      },
    });

    const result = await autocannon({
      url: server.url,
      connections: 10,
      amount: REQUESTS,
      timeout: 20,
      requests: [
        { method: 'GET', path: '/api/reports?pageSize=50' },
        write(targets[0] ?? 0, CODES[0] ?? ''),
        { method: 'GET', path: `/api/series?metric=t2.normative.made&agency=${agency}` },
        { method: 'GET', path: '/api/rankings?metric=t2.normative.made&year=2019' },
        write(targets[1] ?? 0, CODES[1] ?? ''),
        { method: 'GET', path: '/api/health' },
      ],
    });

    const stored = await storedWrites(store);
    console.info(
      `mixed load: ${result.requests.total} requests in ${result.duration} s ` +
        `(${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms); ` +
        `writes acknowledged ${acknowledged.length}, stored ${stored.length}, refused ${refused.length}`,
    );
    expect(result.requests.total).toBeGreaterThanOrEqual(REQUESTS);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    expect(refused).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(REQUESTS / 4);
    expect(stored).toEqual([...acknowledged].sort());
    expect(await storeConsistency(store)).toEqual({ problems: [] });
  }, 180_000);
});
