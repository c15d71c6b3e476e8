import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import { quantile } from './measure.ts';

/*
 * autocannon appends every response body to a JS string (`body += chunk` in its pipelined-request
 * queue), which it only needs for body checks this bench never asks for. For a compressed body
 * that string is a UTF-8 decode of binary bytes, slow enough to make the load client, not the
 * server, the limit: a bare node:http server sending the report-detail answers' 1.6 KB brotli
 * bodies measured 13,000-16,700 req/s, and the same byte count of ASCII 29,800-32,800 (hello world
 * 34,200-36,500), same client, same run. Every server in the bench (hello world, same bytes,
 * cached, uncached) is loaded with the body kept out, so the ratios compare servers.
 */
const requireCjs = createRequire(import.meta.url);
const queue = requireCjs('autocannon/lib/pipelinedRequestsQueue.js') as {
  prototype: { addBody(data: unknown): void };
};
queue.prototype.addBody = () => {};

/** Latency and throughput of one endpoint (or the hello-world ceiling) under load. */
export interface LatencyResult {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses other than 200, and connection errors or timeouts. */
  failures: number;
  /** Mean response body size in bytes. */
  meanBytes: number;
}

/** What every load request says: compressed answers welcome, as a browser asks (only cached answers come compressed). */
export const LOAD_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

export interface LoadOptions {
  connections: number;
  seconds: number;
}

/**
 * Loads the server with `connections` concurrent connections for a bounded time, each connection
 * cycling through `paths` (so a run is not one query repeated). Every response time is kept, so
 * p95 is exact rather than read off autocannon's fixed percentiles. Each path is fetched once
 * beforehand to warm caches and to fail fast on a wrong URL.
 */
export async function measureLatency(
  name: string,
  baseUrl: string,
  paths: readonly string[],
  options: LoadOptions,
): Promise<LatencyResult> {
  for (const path of paths) {
    const response = await fetch(new URL(path, baseUrl));
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${name}: GET ${path} answered ${response.status}`);
  }
  const times: number[] = [];
  let failures = 0;
  let bytes = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        duration: options.seconds,
        // A province-wide answer can take seconds uncached; it is waited for, not counted as lost.
        timeout: 120,
        headers: LOAD_HEADERS,
        requests: paths.map((path) => ({ method: 'GET' as const, path })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on(
      'response',
      (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
        times.push(responseTime);
        bytes += resBytes;
        if (statusCode !== 200) failures++;
      },
    );
  });
  failures += result.errors + result.timeouts;
  times.sort((a, b) => a - b);
  return {
    name,
    requests: times.length,
    perSecond: times.length / options.seconds,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    p99: quantile(times, 0.99),
    failures,
    meanBytes: times.length > 0 ? bytes / times.length : 0,
  };
}
