import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ParsePool, startServer } from '@nianbao/api';
import { importPaths, openStore } from '@nianbao/db';
import { buildSyntheticStore } from './build-store.ts';
import type { ChildMessage, ChildTask, WriteResult } from './child-tasks.ts';
import { peakRssMb, timed } from './measure.ts';
import { type RecordedAnswer, replayHandler } from './replay-answers.ts';

/*
 * Entry of a benchmark child process: `node --import tsx bench-child.ts '<task JSON>'`. It runs one
 * task and reports over IPC; servers keep running until the parent kills them.
 */

function send(message: ChildMessage): void {
  process.send?.(message);
}

/** Samples RSS every 250 ms while `work` runs. */
async function sampled<T>(work: () => Promise<T>): Promise<{ value: T; sampledRssMb: number }> {
  let highest = process.memoryUsage().rss;
  const timer = setInterval(() => {
    highest = Math.max(highest, process.memoryUsage().rss);
  }, 250);
  try {
    const value = await work();
    return { value, sampledRssMb: Math.max(highest, process.memoryUsage().rss) / (1024 * 1024) };
  } finally {
    clearInterval(timer);
  }
}

async function runImport(task: Extract<ChildTask, { kind: 'import' }>): Promise<WriteResult> {
  const store = await openStore(task.storeUrl);
  // Worker threads parse while this thread stores; none: this thread parses too.
  const pool = task.workers > 0 ? new ParsePool({ size: task.workers, maxQueue: 100_000 }) : undefined;
  const parse = pool ? (bytes: Uint8Array, name: string) => pool.parse(bytes, name, 60_000) : undefined;
  try {
    const { value: run, sampledRssMb } = await sampled(() =>
      timed(() => importPaths(store, [task.dir], { source: 'demo', batchSize: task.batch, parse })),
    );
    const imported = run.value.results.filter((r) => r.status === 'imported');
    const counted = await store.db
      .selectFrom('report_values')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return {
      reports: imported.length,
      failed: run.value.errors.length,
      values: Number(counted.n),
      wallMs: run.wallMs,
      cpuMs: run.cpuMs,
      peakRssMb: peakRssMb(),
      sampledRssMb,
    };
  } finally {
    await pool?.close();
    await store.close();
  }
}

async function runBuild(task: Extract<ChildTask, { kind: 'build' }>): Promise<WriteResult> {
  const store = await openStore(task.storeUrl);
  try {
    const { value: run, sampledRssMb } = await sampled(() =>
      timed(() =>
        buildSyntheticStore(store, {
          count: task.count,
          seed: task.seed,
          batch: task.batch,
          onProgress: (line) => send({ type: 'progress', line }),
        }),
      ),
    );
    return { ...run.value, wallMs: run.wallMs, cpuMs: run.cpuMs, peakRssMb: peakRssMb(), sampledRssMb };
  } finally {
    await store.close();
  }
}

async function serveStore(task: Extract<ChildTask, { kind: 'serve' }>): Promise<number> {
  const store = await openStore(task.storeUrl);
  const server = await startServer({
    store,
    port: 0,
    hostname: '127.0.0.1',
    webDir: task.webDir,
    responseCache: task.cache ? {} : false,
  });
  return Number(new URL(server.url).port);
}

function listen(server: ReturnType<typeof createServer>): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

/** The ceiling: the least a Node HTTP server can do per request. */
function serveHello(): Promise<number> {
  const body = JSON.stringify({ hello: 'world' });
  return listen(
    createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    }),
  );
}

/** The same-bytes ceiling: recorded answers sent again by a bare server. */
async function serveReplay(file: string): Promise<number> {
  const answers = JSON.parse(await readFile(file, 'utf8')) as RecordedAnswer[];
  return listen(createServer(replayHandler(answers)));
}

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2] ?? '{}') as ChildTask;
  switch (task.kind) {
    case 'import':
      send({ type: 'result', result: await runImport(task) });
      process.exit(0);
      break;
    case 'build':
      send({ type: 'result', result: await runBuild(task) });
      process.exit(0);
      break;
    case 'serve':
      send({ type: 'listening', port: await serveStore(task) });
      break;
    case 'hello':
      send({ type: 'listening', port: await serveHello() });
      break;
    case 'replay':
      send({ type: 'listening', port: await serveReplay(task.file) });
      break;
  }
}

main().catch((error: unknown) => {
  send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
