import { getDataVersion } from '@nianbao/db';
import type {
  AuditListDto,
  CommitResultDto,
  CorrectionResultDto,
  ReportDetailWithVersionsDto,
  ReportDiffDto,
  ReportListDto,
  SeriesDto,
  UploadPreviewListDto,
} from '@nianbao/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ApiFixture,
  apiFixture,
  bearer,
  rowCounts,
  sampleFiles,
  testStoreTargets,
} from './test-support/api-fixture.ts';

describe.each(testStoreTargets())('write API on $name', (target) => {
  let f: ApiFixture;
  beforeEach(async () => {
    f = await apiFixture(target);
  });
  afterEach(() => f.close());

  async function send<T>(url: string, init: RequestInit, status = 200): Promise<T> {
    const res = await f.app.request(url, init);
    const body = await res.json();
    expect(res.status, `${init.method ?? 'GET'} ${url}: ${JSON.stringify(body)}`).toBe(status);
    return body as T;
  }
  const get = <T>(url: string, status = 200) => send<T>(url, {}, status);
  const upload = (files: { name: string; bytes: Uint8Array }[], headers: Record<string, string>) => {
    const form = new FormData();
    for (const file of files) form.append('file', new File([new Uint8Array(file.bytes)], file.name));
    return f.app.request('/api/reports', { method: 'POST', body: form, headers });
  };
  const json = (method: string, body: unknown, token?: string): RequestInit => ({
    method,
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', ...(token ? bearer(token) : {}) },
  });
  const madePoints = async () =>
    (await get<SeriesDto>(`/api/series?metric=t2.normative.made&agency=${f.agencyId}`)).series[0]?.points.map(
      ({ year, value, reportId }) => ({ year, value, reportId }),
    );

  it('answers every write without a valid editor token with 401/403 and changes nothing', async () => {
    const { original } = await sampleFiles();
    const before = { counts: await rowCounts(f.store), version: await getDataVersion(f.store) };
    const writes: [string, string, () => RequestInit][] = [
      ['POST', '/api/reports', () => ({ method: 'POST', body: formWith(original) })],
      ['POST', '/api/reports/commit', () => json('POST', { previews: ['x'] })],
      ['DELETE', `/api/reports/${f.reportId}`, () => ({ method: 'DELETE' })],
      ['POST', `/api/reports/${f.reportId}/restore`, () => ({ method: 'POST' })],
      [
        'PATCH',
        `/api/reports/${f.reportId}/values/t2.normative.made`,
        () => json('PATCH', { value: 1, reason: 'r' }),
      ],
      ['POST', '/api/tokens', () => json('POST', { name: 'n', role: 'admin' })],
      ['DELETE', `/api/tokens/${f.tokenIds.editor}`, () => ({ method: 'DELETE' })],
    ];
    const credentials: [string, Record<string, string>, string][] = [
      ['no token', {}, 'unauthorized'],
      ['wrong token', bearer(`${f.tokens.editor.slice(0, -2)}xx`), 'invalid_token'],
      ['not a bearer credential', { Authorization: `Basic ${btoa('a:b')}` }, 'invalid_token'],
    ];
    for (const [method, url, init] of writes) {
      for (const [label, headers, code] of credentials) {
        const request = init();
        const res = await f.app.request(url, {
          ...request,
          headers: { ...(request.headers ?? {}), ...headers },
        });
        expect(res.status, `${method} ${url} with ${label}`).toBe(401);
        expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="nianbao"/);
        expect(await res.json()).toEqual({ error: { code, message: expect.any(String) } });
      }
      const reader = init();
      const weak = await f.app.request(url, {
        ...reader,
        headers: { ...(reader.headers ?? {}), ...bearer(f.tokens.reader) },
      });
      expect(weak.status, `${method} ${url} with a reader token`).toBe(403);
    }
    expect(await rowCounts(f.store)).toEqual(before.counts);
    expect(await getDataVersion(f.store)).toEqual(before.version);
    expect((await get<AuditListDto>('/api/audit')).total).toBe(0);
  });

  it('previews uploads without storing them and commits the previewed files', async () => {
    const { revised } = await sampleFiles();
    const before = await rowCounts(f.store);
    const version = await getDataVersion(f.store);
    const res = await upload(
      [
        { name: '嵩县政府办2020年报（修订）.txt', bytes: revised },
        { name: 'empty.txt', bytes: new Uint8Array() },
        { name: '说明.txt', bytes: new TextEncoder().encode('这不是年度报告。\n') },
      ],
      bearer(f.tokens.editor),
    );
    expect(res.status).toBe(200);
    const preview = (await res.json()) as UploadPreviewListDto;
    expect(preview.results).toHaveLength(1);
    expect(preview.results[0]).toMatchObject({
      file: '嵩县政府办2020年报（修订）.txt',
      agency: '嵩县人民政府办公室',
      year: 2020,
      status: 'new_version',
      version: 2,
      existingReportId: f.reportId,
    });
    expect(preview.results[0]?.values['t2.normative.made']).toBe(11);
    expect(preview.errors.map((e) => [e.file, e.code])).toEqual([
      ['empty.txt', 'empty_file'],
      ['说明.txt', 'not_a_report'],
    ]);
    expect(await rowCounts(f.store)).toEqual(before);
    expect(await getDataVersion(f.store)).toEqual(version);

    const previewId = preview.results[0]?.previewId ?? '';
    const commit = await send<CommitResultDto>(
      '/api/reports/commit',
      json('POST', { previews: [previewId, 'no-such-preview'] }, f.tokens.editor),
    );
    expect(commit.results).toEqual([
      expect.objectContaining({
        previewId,
        status: 'imported',
        version: 2,
        agencyName: '嵩县人民政府办公室',
      }),
    ]);
    expect(commit.errors).toEqual([
      expect.objectContaining({ previewId: 'no-such-preview', code: 'preview_not_found' }),
    ]);
    const after = await rowCounts(f.store);
    expect(after.reports).toBe(before.reports + 1);
    const newId = commit.results[0]?.reportId ?? 0;

    const detail = await get<ReportDetailWithVersionsDto>(`/api/reports/${newId}`);
    expect(detail.report.source).toBe('upload');
    expect(detail.versions.map((v) => [v.id, v.version, v.isCurrent])).toEqual([
      [f.reportId, 1, false],
      [newId, 2, true],
    ]);
    const diff = await get<ReportDiffDto>(`/api/reports/${newId}/diff?from=1`);
    expect(diff.changes).toEqual([
      { code: 't2.normative.made', change: 'changed', before: 9, after: 11 },
      { code: 't2.procurement.count', change: 'changed', before: 5, after: 6 },
    ]);
    expect(
      (await get<{ error: { code: string } }>(`/api/reports/${newId}/diff?from=9`, 404)).error.code,
    ).toBe('version_not_found');
    expect(await madePoints()).toEqual([{ year: 2020, value: 11, reportId: newId }]);

    const audit = await get<AuditListDto>(`/api/audit?report=${newId}`);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'import',
        actor: { tokenId: f.tokenIds.editor, name: '县政务公开办' },
      }),
    ]);
    // A committed preview is gone.
    const again = await send<CommitResultDto>(
      '/api/reports/commit',
      json('POST', { previews: [previewId] }, f.tokens.editor),
    );
    expect(again.errors.map((e) => e.code)).toEqual(['preview_not_found']);
    expect(await rowCounts(f.store)).toEqual(after);
  });

  it('rejects an upload without files', async () => {
    const res = await f.app.request('/api/reports', {
      method: 'POST',
      body: new FormData(),
      headers: bearer(f.tokens.editor),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('soft-deletes a report out of lists and series and restores it', async () => {
    const points = await madePoints();
    expect(points).toEqual([{ year: 2020, value: 9, reportId: f.reportId }]);
    const deleted = await send<{ id: number; deletedAt: string | null }>(
      `/api/reports/${f.reportId}?reason=${encodeURIComponent('误传')}`,
      { method: 'DELETE', headers: bearer(f.tokens.editor) },
    );
    expect(deleted.deletedAt).not.toBeNull();
    expect((await get<ReportListDto>('/api/reports')).total).toBe(0);
    expect(await madePoints()).toEqual([]);
    await get(`/api/reports/${f.reportId}`, 404);
    await send(`/api/reports/${f.reportId}`, { method: 'DELETE', headers: bearer(f.tokens.editor) }, 404);

    await send(`/api/reports/${f.reportId}/restore`, { method: 'POST', headers: bearer(f.tokens.admin) });
    expect((await get<ReportListDto>('/api/reports')).total).toBe(1);
    expect(await madePoints()).toEqual(points);
    const conflict = await send<{ error: { code: string } }>(
      `/api/reports/${f.reportId}/restore`,
      { method: 'POST', headers: bearer(f.tokens.editor) },
      409,
    );
    expect(conflict.error.code).toBe('report_not_deleted');
    const audit = await get<AuditListDto>(`/api/audit?report=${f.reportId}`);
    expect(audit.entries.map((e) => [e.action, e.reason, e.actor.name])).toEqual([
      ['restore', null, '管理员'],
      ['delete', '误传', '县政务公开办'],
    ]);
  });

  it('corrects a value with a reason: series follow, the extracted value stays, the audit log says who', async () => {
    const url = `/api/reports/${f.reportId}/values/t2.normative.made`;
    const result = await send<CorrectionResultDto>(
      url,
      json('PATCH', { value: 12, reason: '与发文登记核对' }, f.tokens.editor),
    );
    expect(result).toMatchObject({ value: 12, extracted: 9, corrected: true, changed: true });
    expect(await madePoints()).toEqual([{ year: 2020, value: 12, reportId: f.reportId }]);
    const detail = await get<ReportDetailWithVersionsDto>(`/api/reports/${f.reportId}`);
    expect(detail.values.find((v) => v.code === 't2.normative.made')).toMatchObject({
      value: 12,
      extracted: 9,
      corrected: true,
      correction: { reason: '与发文登记核对', by: '县政务公开办' },
    });
    const audit = await get<AuditListDto>(`/api/audit?report=${f.reportId}&action=correct`);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        code: 't2.normative.made',
        oldValue: 9,
        newValue: 12,
        reason: '与发文登记核对',
        actor: { tokenId: f.tokenIds.editor, name: '县政务公开办' },
      }),
    ]);
    expect(Number.isNaN(Date.parse(audit.entries[0]?.at ?? ''))).toBe(false);

    const noReason = await send<{ error: { code: string; message: string } }>(
      url,
      json('PATCH', { value: 3 }, f.tokens.editor),
      400,
    );
    expect(noReason.error).toMatchObject({ code: 'invalid_request' });
    expect(noReason.error.message).toContain('reason');
    const computed = await send<{ error: { code: string } }>(
      `/api/reports/${f.reportId}/values/d.applications.disclosed_rate`,
      json('PATCH', { value: 3, reason: 'x' }, f.tokens.editor),
      400,
    );
    expect(computed.error.code).toBe('not_correctable');
    await send(
      `/api/reports/999999/values/t2.normative.made`,
      json('PATCH', { value: 3, reason: 'x' }, f.tokens.editor),
      404,
    );
    expect(await madePoints()).toEqual([{ year: 2020, value: 12, reportId: f.reportId }]);
  });
});

function formWith(bytes: Uint8Array): FormData {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], 'a.txt'));
  return form;
}
