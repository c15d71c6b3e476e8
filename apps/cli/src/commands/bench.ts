import { statfsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_IMPORT_BATCH, openStore } from '@nianbao/db';
import pg from 'pg';
import { type LatencyResult, LOAD_HEADERS, type LoadOptions, measureLatency } from '../bench/api-latency.ts';
import { apiScenarios } from '../bench/api-targets.ts';
import { formatResults, writeBenchmarks } from '../bench/bench-report.ts';
import type { ApiTable, BenchResults, ImportFilesResult } from '../bench/bench-results.ts';
import { FAST_PATH_BATCH } from '../bench/build-store.ts';
import { runChildTask, startChildServer } from '../bench/child-process.ts';
import { describeMachine } from '../bench/machine.ts';
import { measureParse, type ParseResult } from '../bench/parse-throughput.ts';
import { renderFiles } from '../bench/render-files.ts';
import { BENCH_FORMATS } from '../bench/render-samples.ts';
import { type RecordedAnswer, recordAnswers } from '../bench/replay-answers.ts';
import { buildWeb, measureWeb } from '../bench/web-metrics.ts';
import { REPO_ROOT } from '../config.ts';

const USAGE = `usage: nianbao bench [--scale N] [--pg URL] [--skip-web] [--seconds S] [--reuse-store]
  --scale N      store size as a share of 300,000 reports (default 1; 0.01 for a quick run)
  --pg URL       also build the store in PostgreSQL (a fresh schema of that server) and load its API
  --skip-web     leave out the dashboard build and the headless-Chromium measurement
  --seconds S    length of each API load (default 10)
  --reuse-store  keep the stores built at this scale (SQLite file, PostgreSQL schema nianbao_bench_<reports>)
                 for the next run, and reuse them if present (their build figures are read back)
`;

const PROVINCE_REPORTS = 300_000;
const CHROMIUM = '/usr/bin/chromium';
const WORK_DIR = path.join(REPO_ROOT, 'test-output', 'bench');
/** Bytes a fast-path report takes on disk, measured; used to refuse a build the disk cannot hold. */
const BYTES_PER_REPORT = 30_000;

const log = (line: string) => process.stdout.write(`${line}\n`);

/** `nianbao bench`: build a province-scale store, measure, print the table and write BENCHMARKS.md. */
export async function benchCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '1' },
      pg: { type: 'string' },
      'skip-web': { type: 'boolean', default: false },
      seconds: { type: 'string', default: '10' },
      'reuse-store': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const scale = Number(values.scale);
  const seconds = Number(values.seconds);
  if (!(scale > 0 && scale <= 10) || !(seconds >= 1 && seconds <= 120)) {
    process.stderr.write(`--scale must be in (0, 10] and --seconds in [1, 120]\n${USAGE}`);
    return 2;
  }
  const reports = Math.round(PROVINCE_REPORTS * scale);
  await mkdir(WORK_DIR, { recursive: true });
  const free = statfsSync(WORK_DIR);
  const needed = reports * BYTES_PER_REPORT * 1.2;
  if (free.bavail * free.bsize < needed) {
    process.stderr.write(
      `not enough disk in ${WORK_DIR}: ${reports} reports need ~${Math.round(needed / 2 ** 30)} GB\n`,
    );
    return 1;
  }

  const machine = await describeMachine(REPO_ROOT);
  log(
    `nianbao bench: ${reports.toLocaleString('en')} reports, ${machine.cores} cores, load ${machine.loadStart.toFixed(1)}`,
  );
  const load: LoadOptions = { connections: 10, seconds };

  log('parse throughput …');
  const parse: ParseResult[] = [];
  for (const format of BENCH_FORMATS) {
    const result = await measureParse(format);
    parse.push(result);
    log(
      `  ${format}: ${Math.round(result.perCpuSecond)} reports/s per CPU-second (${result.reports} reports)`,
    );
  }

  log('import of rendered files …');
  const importFiles = await measureImportFiles(scale);

  const storeFile = path.join(WORK_DIR, `store-${reports}.db`);
  const build = await buildStore(
    `file:${storeFile}`,
    storeFile,
    reports,
    values['reuse-store'],
    machine.commit,
  );

  const api: ApiTable[] = [];
  api.push(await measureApi('SQLite', `file:${storeFile}`, build.reports, load));

  if (values.pg) {
    const pgStore = await benchPgSchema(values.pg, reports);
    try {
      const pgBuild = await buildPgStore(pgStore, reports, values['reuse-store'], machine.commit);
      api.push({ ...(await measureApi('PostgreSQL', pgStore.url, pgBuild.reports, load)), build: pgBuild });
    } finally {
      // A reusable store stays for the next --reuse-store run; otherwise the server is left as found.
      if (!values['reuse-store']) await pgStore.drop();
    }
  }

  const web = values['skip-web'] ? ({ skipped: true } as const) : await measureDashboard(`file:${storeFile}`);
  machine.loadEnd = os.loadavg()[0];
  const results: BenchResults = {
    machine,
    options: { scale, reports: build.reports, connections: load.connections, seconds },
    parse,
    importFiles,
    build,
    api,
    web,
  };
  const stamp = machine.date.replaceAll(/[:.]/g, '-');
  await writeFile(path.join(WORK_DIR, `results-${stamp}.json`), JSON.stringify(results, null, 2));
  const markdown = formatResults(results);
  log(`\n${markdown}`);
  await writeBenchmarks(path.join(REPO_ROOT, 'BENCHMARKS.md'), markdown);
  log(
    `written to BENCHMARKS.md (raw figures in ${path.relative(REPO_ROOT, WORK_DIR)}/results-${stamp}.json)`,
  );
  return 0;
}

/** Files rendered for the import measurement: a few thousand at full scale, fewer for quick runs. */
function importFileCount(scale: number): number {
  return Math.max(300, Math.min(3000, Math.round(30_000 * scale)));
}

async function measureImportFiles(scale: number): Promise<ImportFilesResult> {
  const dir = path.join(WORK_DIR, 'files');
  const files = importFileCount(scale);
  const rendered = await renderFiles(dir, files);
  log(`  rendered ${rendered.files} files (${rendered.formats})`);
  // What `nianbao import` does.
  const batch = DEFAULT_IMPORT_BATCH;
  const workers = Math.max(1, os.availableParallelism());
  const run = async (name: string, batchSize: number, parseWorkers = 0) => {
    const file = path.join(WORK_DIR, `import-${name}.db`);
    await removeStore(file);
    const result = await runChildTask({
      kind: 'import',
      storeUrl: `file:${file}`,
      dir,
      batch: batchSize,
      workers: parseWorkers,
    });
    await removeStore(file);
    log(
      `  ${name}: ${Math.round((result.reports * 1000) / result.wallMs)} reports/s (${result.failed} failed)`,
    );
    return result;
  };
  const batched = await run('batched', batch);
  const parallel = await run('parse-workers', batch, workers);
  const perFile = await run('per-file', 1);
  return { files: rendered.files, formats: rendered.formats, batch, workers, batched, parallel, perFile };
}

async function removeStore(file: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) await rm(`${file}${suffix}`, { force: true });
}

async function buildStore(
  url: string,
  file: string,
  reports: number,
  reuse: boolean,
  commit: string,
): Promise<BenchResults['build']> {
  const figures = `${file}.build.json`;
  if (reuse) {
    try {
      const kept = JSON.parse(await readFile(figures, 'utf8'));
      log(
        `reusing ${path.relative(REPO_ROOT, file)} (built earlier; its build figures are those of that run)`,
      );
      return { ...kept, storeBytes: (await stat(file)).size, reused: true };
    } catch {
      log('no store to reuse: building it');
    }
  }
  await removeStore(file);
  log(`building the store (fast path, ${reports.toLocaleString('en')} reports) …`);
  const result = await runChildTask(
    { kind: 'build', storeUrl: url, count: reports, seed: 1, batch: FAST_PATH_BATCH },
    log,
  );
  const build = {
    ...result,
    batch: FAST_PATH_BATCH,
    storeBytes: (await stat(file)).size,
    commit,
    reused: false,
  };
  await writeFile(figures, JSON.stringify(build));
  log(`  ${result.reports} reports in ${(result.wallMs / 1000).toFixed(0)} s`);
  return build;
}

async function measureApi(
  engine: ApiTable['engine'],
  url: string,
  reports: number,
  load: LoadOptions,
): Promise<ApiTable> {
  log(`API on ${engine} …`);
  const store = await openStore(url);
  const scenarios = await apiScenarios(store).finally(() => store.close());
  const answersFile = path.join(WORK_DIR, `answers-${engine}.json`);
  const measureAll = async (cache: boolean) => {
    const server = await startChildServer({ kind: 'serve', storeUrl: url, cache });
    try {
      const out = [];
      const recorded: RecordedAnswer[] = [];
      for (const scenario of scenarios) {
        const result = await measureLatency(scenario.name, server.url, scenario.paths, load);
        log(
          `  ${scenario.name} ${cache ? 'cached' : 'uncached'}: p95 ${result.p95.toFixed(1)} ms, ${Math.round(result.perSecond)} req/s`,
        );
        out.push(result);
        if (cache) recorded.push(...(await recordAnswers(server.url, scenario.paths, LOAD_HEADERS)));
      }
      if (cache) await writeFile(answersFile, JSON.stringify(recorded));
      return out;
    } finally {
      await server.stop();
    }
  };
  const uncached = await measureAll(false);
  // The ceiling right before and right after the cached runs: the machine's load drifts.
  const hello = async () => {
    const server = await startChildServer({ kind: 'hello' });
    return measureLatency('node:http', server.url, ['/'], load).finally(() => server.stop());
  };
  const before = await hello();
  const cached = await measureAll(true);
  const after = await hello();
  const ceiling = {
    ...before,
    requests: before.requests + after.requests,
    perSecond: (before.perSecond + after.perSecond) / 2,
    p50: Math.max(before.p50, after.p50),
    p95: Math.max(before.p95, after.p95),
    p99: Math.max(before.p99, after.p99),
  };
  log(`  node:http ceiling: ${Math.round(before.perSecond)} and ${Math.round(after.perSecond)} req/s`);
  // The same answers' bytes from a bare server: what moving bodies this size costs the machine and
  // the load client (autocannon reads every body into a string), whatever server sends them.
  const replay = await startChildServer({ kind: 'replay', file: answersFile });
  const sameBytes: LatencyResult[] = [];
  try {
    for (const scenario of scenarios) {
      const result = await measureLatency(`${scenario.name} (same bytes)`, replay.url, scenario.paths, load);
      log(`  ${scenario.name} same bytes from node:http: ${Math.round(result.perSecond)} req/s`);
      sameBytes.push(result);
    }
  } finally {
    await replay.stop();
  }
  return {
    engine,
    reports,
    ceiling,
    rows: scenarios.map((scenario, i) => {
      const u = uncached[i];
      const c = cached[i];
      const b = sameBytes[i];
      if (!u || !c || !b) throw new Error(`no measurement for ${scenario.name}`);
      return { scenario, uncached: u, cached: c, sameBytes: b };
    }),
  };
}

async function measureDashboard(url: string): Promise<BenchResults['web']> {
  log('dashboard …');
  const outDir = path.join(WORK_DIR, 'web');
  try {
    await buildWeb(path.join(REPO_ROOT, 'apps', 'web'), outDir);
    const server = await startChildServer({ kind: 'serve', storeUrl: url, cache: true, webDir: outDir });
    try {
      const web = await measureWeb(outDir, `${server.url}/`, CHROMIUM);
      log(
        `  initial JS ${(web.initialJsGzipBytes / 1024).toFixed(1)} KB gzip, first chart ${Math.round(web.firstChartColdMs)} ms`,
      );
      return web;
    } finally {
      await server.stop();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  not measured: ${message}`);
    return { error: message };
  }
}

interface PgSchema {
  name: string;
  url: string;
  /** Build figures of the store in this schema (kept beside the SQLite store's). */
  figures: string;
  exists(): Promise<boolean>;
  create(): Promise<void>;
  drop(): Promise<void>;
}

/** The benchmark's schema for a store of `reports` on the server at `baseUrl`, and a URL using it. */
function benchPgSchema(baseUrl: string, reports: number): PgSchema {
  const name = `nianbao_bench_${reports}`;
  const admin = async (query: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      return await client.query(query, params);
    } finally {
      await client.end();
    }
  };
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    name,
    url: url.toString(),
    figures: path.join(WORK_DIR, `pg-${reports}.build.json`),
    exists: async () =>
      ((await admin('select 1 from information_schema.schemata where schema_name = $1', [name])).rowCount ??
        0) > 0,
    create: async () => {
      await admin(`drop schema if exists ${name} cascade`);
      await admin(`create schema ${name}`);
    },
    drop: async () => {
      await admin(`drop schema if exists ${name} cascade`);
    },
  };
}

async function buildPgStore(
  schema: PgSchema,
  reports: number,
  reuse: boolean,
  commit: string,
): Promise<NonNullable<ApiTable['build']>> {
  if (reuse && (await schema.exists())) {
    try {
      const kept = JSON.parse(await readFile(schema.figures, 'utf8'));
      log(
        `reusing PostgreSQL schema ${schema.name} (built earlier; its build figures are those of that run)`,
      );
      return { ...kept, reused: true };
    } catch {
      log('no PostgreSQL build figures to reuse: building it');
    }
  }
  await schema.create();
  log(`building the PostgreSQL store (fast path, ${reports.toLocaleString('en')} reports) …`);
  const result = await runChildTask(
    { kind: 'build', storeUrl: schema.url, count: reports, seed: 1, batch: FAST_PATH_BATCH },
    log,
  );
  const build = { ...result, batch: FAST_PATH_BATCH, commit, reused: false };
  await writeFile(schema.figures, JSON.stringify(build));
  log(`  ${result.reports} reports in ${(result.wallMs / 1000).toFixed(0)} s`);
  return build;
}
