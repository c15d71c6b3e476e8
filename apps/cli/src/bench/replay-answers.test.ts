import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { recordAnswers, replayHandler } from './replay-answers.ts';

const servers: Server[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done)))));

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('recorded answers', () => {
  it('are sent again byte for byte, compressed bodies and security headers included', async () => {
    const gz = gzipSync(JSON.stringify({ rows: Array.from({ length: 200 }, (_, i) => ({ i })) }));
    const origin = await listen((req, res) => {
      const gzip = (req.headers['accept-encoding'] ?? '').includes('gzip');
      res.writeHead(req.url === '/missing' ? 404 : 200, {
        'content-type': 'application/json',
        'content-security-policy': "default-src 'self'",
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(gzip ? gz : 'plain');
    });
    const recorded = await recordAnswers(origin, ['/a?x=1', '/missing'], { 'accept-encoding': 'gzip' });
    expect(recorded.map((a) => a.status)).toEqual([200, 404]);

    const replay = await listen(replayHandler(recorded));
    const again = await rawGet(`${replay}/a?x=1`);
    expect(again.status).toBe(200);
    expect(again.body.equals(gz)).toBe(true);
    expect(again.headers['content-encoding']).toBe('gzip');
    expect(again.headers['content-security-policy']).toBe("default-src 'self'");
    expect(Number(again.headers['content-length'])).toBe(gz.length);
    expect((await rawGet(`${replay}/missing`)).status).toBe(404);
    expect((await rawGet(`${replay}/never-recorded`)).status).toBe(404);
  });
});
