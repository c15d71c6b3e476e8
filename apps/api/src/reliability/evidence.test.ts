import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { backupStore, createToken, importReport, openStore, restoreStore, type Store } from '@nianbao/db';
import { parseReport } from '@nianbao/parser';
import type { AuditListDto, ReportDetailWithVersionsDto, ReportListDto } from '@nianbao/schema';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../packages/db/src/test-support/temp-dir.ts';
import { type RunningServer, startServer } from '../serve.ts';
import { SAMPLE_PATH } from '../test-support/api-fixture.ts';
import { cookieFrom } from './store-snapshot.ts';

const CODE = 't2.normative.made';

/** What the store keeps as evidence of one value: its correction row and the file it came from. */
async function evidence(store: Store, reportId: number) {
  const correction = await sql<{ extracted_value: number | null; value: number | null }>`
    select extracted_value, value from value_corrections where report_id = ${reportId} and code = ${CODE}`.execute(
    store.db,
  );
  const effective = await store.db
    .selectFrom('report_values')
    .select('value')
    .where('report_id', '=', reportId)
    .where('code', '=', CODE)
    .executeTakeFirst();
  const report = await store.db
    .selectFrom('reports')
    .select(['sha256', 'text', 'bytes'])
    .where('id', '=', reportId)
    .executeTakeFirstOrThrow();
  return { correction: correction.rows[0], effective: effective?.value, report };
}

describe('evidence survives editing: corrections, soft deletes, backups (end to end over HTTP)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: Store;
  let server: RunningServer;
  let reportId: number;
  let cookie: Record<string, string>;

  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('nianbao-evidence-'));
    store = await openStore(`file:${path.join(dir, 'store.db')}`);
    ({ reportId } = await importReport(store, {
      fileName: 'sample.txt',
      bytes: await readFile(SAMPLE_PATH),
    }));
    const { token } = await createToken(store, { name: '县政务公开办', role: 'editor' });
    server = await startServer({ store, port: 0 });
    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      body: JSON.stringify({ token }),
      headers: { 'Content-Type': 'application/json', Origin: server.url },
    });
    cookie = { Cookie: cookieFrom(login.headers.get('Set-Cookie')), Origin: server.url };
  });
  afterEach(async () => {
    await server.close();
    await store.close();
    await cleanup();
  });

  const api = async <T>(url: string, init: RequestInit = {}): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${server.url}${url}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', ...cookie, ...(init.headers ?? {}) },
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  const correct = (value: number | null, reason: string) =>
    api(`/api/reports/${reportId}/values/${CODE}`, {
      method: 'PATCH',
      body: JSON.stringify({ value, reason }),
    });

  it('never overwrites the extracted value, the original file or its text, whatever the corrections', async () => {
    const bytes = await readFile(SAMPLE_PATH);
    const extracted = (await parseReport(bytes, 'sample.txt')).values[CODE];
    expect(extracted).toBe(9);
    const before = await evidence(store, reportId);

    for (const [value, reason] of [
      [12, '与发文登记核对'],
      [null, '原表此格为空'],
      [15, '复核'],
      [9, '恢复原值'],
    ] as const) {
      expect((await correct(value, reason)).status).toBe(200);
      const now = await evidence(store, reportId);
      // The effective value follows the editor; the extracted value and the source never move.
      // Set back to what was extracted, the value is no longer a correction at all.
      expect(now.correction).toEqual(value === extracted ? undefined : { extracted_value: extracted, value });
      expect(now.effective).toBe(value);
      expect(now.report.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(Buffer.from(now.report.bytes)).toEqual(bytes);
      expect(now.report.text).toBe(before.report.text);
    }
    const detail = await api<ReportDetailWithVersionsDto>(`/api/reports/${reportId}`);
    expect(detail.body.values.find((v) => v.code === CODE)).toMatchObject({ value: 9, corrected: false });
    const audit = await api<AuditListDto>(`/api/audit?report=${reportId}&action=correct`);
    expect(audit.body.entries.map((e) => [e.oldValue, e.newValue, e.reason]).reverse()).toEqual([
      [9, 12, '与发文登记核对'],
      [12, null, '原表此格为空'],
      [null, 15, '复核'],
      [15, 9, '恢复原值'],
    ]);
  });

  it('restores a soft-deleted report with everything it had, corrections included, also from a backup', async () => {
    expect((await correct(21, '核对原件')).status).toBe(200);
    const before = await api<ReportDetailWithVersionsDto>(`/api/reports/${reportId}`);

    const deleted = await api(`/api/reports/${reportId}?reason=${encodeURIComponent('误传')}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(200);
    expect((await api<ReportListDto>('/api/reports')).body.total).toBe(0);
    expect((await api(`/api/reports/${reportId}`)).status).toBe(404);
    // Deleted is hidden, not gone: the rows are all still there.
    const kept = await sql<{
      n: number;
    }>`select count(*) as n from report_values where report_id = ${reportId}`.execute(store.db);
    expect(Number(kept.rows[0]?.n)).toBe(before.body.values.length);

    // A backup taken while it is deleted restores it too.
    const backup = path.join(dir, 'backup.db');
    await backupStore(store, backup);

    expect((await api(`/api/reports/${reportId}/restore`, { method: 'POST' })).status).toBe(200);
    const after = await api<ReportDetailWithVersionsDto>(`/api/reports/${reportId}`);
    expect(after.body.values).toEqual(before.body.values);
    expect(after.body.report).toEqual(before.body.report);

    const copyUrl = `file:${path.join(dir, 'restored.db')}`;
    await restoreStore(copyUrl, backup);
    const copy = await openStore(copyUrl);
    try {
      const copied = await evidence(copy, reportId);
      expect(copied.correction).toEqual({ extracted_value: 9, value: 21 });
      const state = await copy.db
        .selectFrom('reports')
        .select(['deleted_at'])
        .where('id', '=', reportId)
        .executeTakeFirst();
      expect(state?.deleted_at).not.toBeNull();
    } finally {
      await copy.close();
    }
  });
});
