import type { TokenDto } from '@nianbao/schema';
import { afterEach, describe, expect, it } from 'vitest';
import { type ApiFixture, apiFixture, bearer, testStoreTargets } from './test-support/api-fixture.ts';

describe.each(testStoreTargets())('ETags, OpenAPI, docs, access and tokens on $name', (target) => {
  let f: ApiFixture;
  afterEach(() => f.close());

  it('answers a repeated GET with 304 until a write changes the data version', async () => {
    f = await apiFixture(target);
    const first = await f.app.request('/api/reports');
    const tag = first.headers.get('etag') ?? '';
    expect(tag).toMatch(/^W\/"[0-9a-f]{12}-\d+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');

    const cached = await f.app.request('/api/reports', { headers: { 'If-None-Match': tag } });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe('');
    expect(cached.headers.get('etag')).toBe(tag);
    // One data version covers every resource; other URLs carry the same tag until a write.
    const detail = await f.app.request(`/api/reports/${f.reportId}`, {
      headers: { 'If-None-Match': `"x", ${tag}` },
    });
    expect(detail.status).toBe(304);

    const write = await f.app.request(`/api/reports/${f.reportId}/values/t2.normative.made`, {
      method: 'PATCH',
      body: JSON.stringify({ value: 3, reason: '核对' }),
      headers: { 'Content-Type': 'application/json', ...bearer(f.tokens.editor) },
    });
    expect(write.status).toBe(200);
    expect(write.headers.get('etag')).toBeNull();

    const after = await f.app.request('/api/reports', { headers: { 'If-None-Match': tag } });
    expect(after.status).toBe(200);
    const newTag = after.headers.get('etag');
    expect(newTag).not.toBe(tag);
    expect((await f.app.request('/api/reports', { headers: { 'If-None-Match': newTag ?? '' } })).status).toBe(
      304,
    );
    // Failed requests never carry a tag.
    expect((await f.app.request('/api/reports/999999')).headers.get('etag')).toBeNull();
  });

  it('publishes an OpenAPI 3.1 document that lists every route of the app', async () => {
    f = await apiFixture(target);
    const res = await f.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const spec = (await res.json()) as {
      openapi: string;
      info: { title: string };
      paths: Record<
        string,
        Record<
          string,
          {
            responses: Record<string, unknown>;
            security?: unknown;
            requestBody?: unknown;
            parameters: { name: string; in: string }[];
          }
        >
      >;
      components: { securitySchemes: Record<string, { scheme: string }>; schemas: Record<string, unknown> };
    };
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.components.securitySchemes.bearer?.scheme).toBe('bearer');

    const routes = f.app.routes.filter(
      (r) => r.method !== 'ALL' && r.path.startsWith('/api/') && !r.path.includes('*'),
    );
    const expected = [
      ...new Set(routes.map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`)),
    ];
    expect(expected.length).toBeGreaterThan(15);
    for (const key of expected) {
      const [method = '', path = ''] = key.split(' ');
      expect(spec.paths[path]?.[method], key).toBeDefined();
    }
    const listed = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m} ${path}`),
    );
    expect(listed.sort()).toEqual(expected.sort());
    // Every route is described, not only listed: a summary of its own, and a schema for what it
    // answers unless it sends a file or nothing.
    const undescribed = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, op]) => {
        const summary = (op as { summary?: string }).summary ?? '';
        const ok = op.responses['200'] ?? op.responses['201'] ?? op.responses['204'];
        const content = (ok as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
        const json = content?.['application/json'];
        const described =
          summary !== '' && !summary.startsWith(method.toUpperCase()) && json?.schema !== undefined;
        const file = content !== undefined && json === undefined;
        return described || file || ok === op.responses['204'] ? [] : [`${method} ${path}`];
      }),
    );
    expect(undescribed).toEqual([]);

    const patch = spec.paths['/api/reports/{id}/values/{code}']?.patch;
    expect(patch?.security).toEqual([{ bearer: [] }]);
    expect(patch?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { required: ['value', 'reason'] } } },
    });
    expect(patch?.parameters.map((p) => [p.name, p.in])).toEqual([
      ['id', 'path'],
      ['code', 'path'],
    ]);
    const list = spec.paths['/api/reports']?.get;
    expect(list?.parameters.map((p) => p.name)).toContain('format');
    const success = list?.responses['200'] as { content: object } | undefined;
    expect(Object.keys(success?.content ?? {})).toEqual([
      'application/json',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(spec.paths['/api/reports']?.post?.requestBody).toMatchObject({
      content: { 'multipart/form-data': {} },
    });
    // Every $ref points at a schema the document has.
    const refs = JSON.stringify(spec).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const ref of refs) expect(spec.components.schemas[ref.slice(22, -1)], ref).toBeDefined();
  });

  it('renders a self-contained docs page from the same document', async () => {
    f = await apiFixture(target);
    const res = await f.app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    for (const path of ['/api/reports/{id}/diff', '/api/reports/commit', '/api/audit', '/api/tokens']) {
      expect(html).toContain(path);
    }
    expect(html).toContain('需要令牌：editor');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).not.toContain('<script');
  });

  it('closes reads to requests without a token when configured, keeping health and docs open', async () => {
    f = await apiFixture(target, { readsRequireToken: true });
    const closed = await f.app.request('/api/reports');
    expect(closed.status).toBe(401);
    expect(await closed.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect(
      (await f.app.request('/api/series?metric=t2.normative.made', { headers: bearer('nb_wrong') })).status,
    ).toBe(401);
    const open = await f.app.request('/api/reports', { headers: bearer(f.tokens.reader) });
    expect(open.status).toBe(200);
    expect(open.headers.get('cache-control')).toBe('private, no-cache');
    for (const url of ['/api/health', '/api/openapi.json', '/api/docs']) {
      expect((await f.app.request(url)).status, url).toBe(200);
    }
    const spec = (await (await f.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown }>>;
    };
    expect(spec.paths['/api/reports']?.get?.security).toEqual([{ bearer: [] }]);
  });

  it('lets admins create, list and revoke tokens, never showing a token twice', async () => {
    f = await apiFixture(target);
    const editorTry = await f.app.request('/api/tokens', { headers: bearer(f.tokens.editor) });
    expect(editorTry.status).toBe(403);
    const created = await f.app.request('/api/tokens', {
      method: 'POST',
      body: JSON.stringify({ name: '市监察局', role: 'editor' }),
      headers: { 'Content-Type': 'application/json', ...bearer(f.tokens.admin) },
    });
    expect(created.status).toBe(201);
    const token = (await created.json()) as TokenDto & { token: string };
    expect(token).toMatchObject({ name: '市监察局', role: 'editor', revokedAt: null });

    const listRes = await f.app.request('/api/tokens', { headers: bearer(f.tokens.admin) });
    const { tokens } = (await listRes.json()) as { tokens: TokenDto[] };
    expect(tokens.map((t) => t.name)).toEqual(['只读用户', '县政务公开办', '管理员', '市监察局']);
    expect(JSON.stringify(tokens)).not.toContain(token.token);

    const use = () =>
      f.app.request(`/api/reports/${f.reportId}/values/t2.normative.made`, {
        method: 'PATCH',
        body: JSON.stringify({ value: 4, reason: '核对' }),
        headers: { 'Content-Type': 'application/json', ...bearer(token.token) },
      });
    expect((await use()).status).toBe(200);
    const revoked = await f.app.request(`/api/tokens/${token.id}`, {
      method: 'DELETE',
      headers: bearer(f.tokens.admin),
    });
    expect(await revoked.json()).toEqual({ id: token.id, revoked: true });
    expect((await use()).status).toBe(401);
    expect(
      (await f.app.request(`/api/tokens/${token.id}`, { method: 'DELETE', headers: bearer(f.tokens.admin) }))
        .status,
    ).toBe(404);
  });
});
