import { readFile, writeFile } from 'node:fs/promises';
import type { LatencyResult } from './api-latency.ts';
import type { ApiTable, BenchResults } from './bench-results.ts';
import type { WriteResult } from './child-tasks.ts';

export const BEGIN = '<!-- bench:begin (written by `npm run bench`; edit outside these markers) -->';
export const END = '<!-- bench:end -->';

const int = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(1) : Math.round(n).toString()) : '—');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (met: boolean) => (met ? '✅' : '❌');

function latency(r: LatencyResult): string {
  const failed = r.failures > 0 ? ` (${int(r.failures)} failed)` : '';
  return `${ms(r.p50)} / ${ms(r.p95)} / ${ms(r.p99)} | ${int(r.perSecond)}${failed}`;
}

function writeRate(r: WriteResult) {
  const seconds = r.wallMs / 1000;
  return {
    perSecond: r.reports / seconds,
    valuesPerSecond: r.values / seconds,
    cpuPerReport: r.cpuMs / Math.max(1, r.reports),
  };
}

function apiSection(table: ApiTable): string[] {
  const lines = [
    `### API on ${table.engine} (${int(table.reports)} reports, concurrency 10)`,
    '',
    '| endpoint | what is asked | uncached p50 / p95 / p99 ms | req/s | cached p50 / p95 / p99 ms | req/s | cached ÷ hello-world ceiling | same bytes from bare node:http, req/s | cached ÷ same bytes | bytes uncached / cached |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const pct = (a: number, b: number) => `${((a / (b || 1)) * 100).toFixed(0)}%`;
  for (const { scenario, uncached, cached, sameBytes } of table.rows) {
    lines.push(
      `| ${scenario.name} | ${scenario.scope} | ${latency(uncached)} | ${latency(cached)} | ${pct(cached.perSecond, table.ceiling.perSecond)} | ${int(sameBytes.perSecond)} | ${pct(cached.perSecond, sameBytes.perSecond)} | ${int(uncached.meanBytes)} / ${int(cached.meanBytes)} |`,
    );
  }
  lines.push(
    `| bare \`node:http\` hello world (ceiling, mean of a run before and after the cached runs) | one small JSON body | — | — | ${latency(table.ceiling)} | 100% | — | — | ${int(table.ceiling.meanBytes)} |`,
    '',
  );
  if (table.build !== undefined) {
    const rate = writeRate(table.build);
    lines.push(
      `Store built by the fast path (${table.build.batch} per transaction): ${int(table.build.reports)} reports in ${(table.build.wallMs / 60_000).toFixed(1)} min, ${int(rate.perSecond)} reports/s, ${int(rate.valuesPerSecond)} values/s, ${ms(rate.cpuPerReport)} ms CPU per report in Node, peak RSS ${int(Math.max(table.build.peakRssMb, table.build.sampledRssMb))} MB${table.build.reused ? ` (built by an earlier run at commit \`${table.build.commit ?? 'unknown'}\`)` : ''}.`,
      '',
    );
  }
  return lines;
}

/** The benchmark's figures as Markdown: machine, targets, then one table per measurement. */
export function formatResults(results: BenchResults): string {
  const { machine, parse, importFiles, build, api, web } = results;
  const batched = writeRate(importFiles.batched);
  const parallel = writeRate(importFiles.parallel);
  const bestImport = Math.max(batched.perSecond, parallel.perSecond);
  const perFile = writeRate(importFiles.perFile);
  const fast = writeRate(build);
  const sqlite = api.find((t) => t.engine === 'SQLite');
  const parseOf = (f: string) => parse.find((p) => p.format === f)?.perCpuSecond ?? 0;
  const minutesFor300k = 300_000 / fast.perSecond / 60;
  // Targets read the worst of every measured endpoint, the province-wide ranking included.
  const uncachedP95 = Math.max(...(sqlite?.rows.map((r) => r.uncached.p95) ?? [Number.NaN]));
  const cachedShare = Math.min(
    ...(sqlite?.rows.map((r) => r.cached.perSecond / (sqlite.ceiling.perSecond || 1)) ?? [0]),
  );
  const sameBytesShare = Math.min(
    ...(sqlite?.rows.map((r) => r.cached.perSecond / (r.sameBytes.perSecond || 1)) ?? [0]),
  );
  const peak = Math.max(build.peakRssMb, build.sampledRssMb);
  const lines: string[] = [
    `Run ${machine.date} at commit \`${machine.commit}\` — ${machine.cores} cores (${machine.cpuModel}),`,
    `${machine.memoryGb.toFixed(1)} GB RAM, Node ${machine.node}, ${machine.platform}.`,
    `Load average ${machine.loadStart.toFixed(1)} at the start and ${(machine.loadEnd ?? Number.NaN).toFixed(1)} at the end`,
    `(the cores were shared with other work); calibration (SHA-256 of 64 MB) took ${ms(machine.calibrationMs)} ms.`,
    `Scale ${results.options.scale}: ${int(results.options.reports)} reports in the store; API loads of`,
    `${results.options.seconds} s each at concurrency ${results.options.connections} from 127.0.0.1.`,
    '',
    '### Targets',
    '',
    '| measure | figure | target | |',
    '|---|---|---|---|',
    `| parse txt (one core) | ${int(parseOf('txt'))} reports/s | ≥ 1,000/s | ${mark(parseOf('txt') >= 1000)} |`,
    `| parse html (one core) | ${int(parseOf('html'))} reports/s | ≥ 1,000/s | ${mark(parseOf('html') >= 1000)} |`,
    `| parse docx (one core) | ${int(parseOf('docx'))} reports/s | ≥ 100/s | ${mark(parseOf('docx') >= 100)} |`,
    `| parse pdf (one core) | ${int(parseOf('pdf'))} reports/s | ≥ 20/s | ${mark(parseOf('pdf') >= 20)} |`,
    `| import files (render excluded; read + parse + store) | ${int(bestImport)} reports/s | ≥ 500/s | ${mark(bestImport >= 500)} |`,
    `| 300,000-report store (fast path${build.reports < 300_000 ? ', extrapolated from this run' : ''}) | ${minutesFor300k.toFixed(1)} min | < 15 min | ${mark(minutesFor300k < 15)} |`,
    `| peak memory while building the store | ${int(peak)} MB | < 500 MB | ${mark(peak < 500)} |`,
    `| API p95 uncached, worst endpoint (SQLite) | ${ms(uncachedP95)} ms | < 50 ms | ${mark(uncachedP95 < 50)} |`,
    `| API cached req/s ÷ bare node:http hello world, worst endpoint (SQLite) | ${(cachedShare * 100).toFixed(0)}% | ≥ 60% | ${mark(cachedShare >= 0.6)} |`,
    `| (for reference) cached req/s ÷ bare node:http sending the same bytes, worst endpoint | ${(sameBytesShare * 100).toFixed(0)}% | — | |`,
  ];
  if ('initialJsGzipBytes' in web) {
    lines.push(
      `| initial JavaScript (gzip) | ${kb(web.initialJsGzipBytes)} | ≤ 250 KB | ${mark(web.initialJsGzipBytes <= 250 * 1024)} |`,
      `| first chart after navigation (cold API cache) | ${ms(web.firstChartColdMs)} ms | < 1,500 ms | ${mark(web.firstChartColdMs < 1500)} |`,
    );
  }
  lines.push(
    '',
    '### Parse (rendered demo reports, one core)',
    '',
    '| format | reports | reports/s per CPU-second (process) | per main-thread CPU-second | wall clock | failed |',
    '|---|---|---|---|---|---|',
    ...parse.map(
      (p) =>
        `| ${p.format} | ${p.reports} | ${int(p.perCpuSecond)} | ${int(p.perMainThreadSecond)} | ${int(p.perWallSecond)} | ${p.failed} |`,
    ),
    '',
    "Targets are read against the process figure: on one core the garbage collector's helper threads",
    'would run on that core too. Wall clock depends on what else the shared cores were doing.',
    '',
    '### Import into SQLite',
    '',
    '| path | reports | reports/s | values/s | CPU ms per report | peak RSS |',
    '|---|---|---|---|---|---|',
    `| files, batched (${importFiles.batch} per transaction): read + parse + store | ${int(importFiles.batched.reports)} | ${int(batched.perSecond)} | ${int(batched.valuesPerSecond)} | ${ms(batched.cpuPerReport)} | ${int(importFiles.batched.peakRssMb)} MB |`,
    `| files, batched, parsed by ${importFiles.workers} worker threads | ${int(importFiles.parallel.reports)} | ${int(parallel.perSecond)} | ${int(parallel.valuesPerSecond)} | ${ms(parallel.cpuPerReport)} | ${int(importFiles.parallel.peakRssMb)} MB |`,
    `| files, one transaction per file (baseline) | ${int(importFiles.perFile.reports)} | ${int(perFile.perSecond)} | ${int(perFile.valuesPerSecond)} | ${ms(perFile.cpuPerReport)} | ${int(importFiles.perFile.peakRssMb)} MB |`,
    `| fast path (no render, no parse; ${build.batch} per transaction) | ${int(build.reports)} | ${int(fast.perSecond)} | ${int(fast.valuesPerSecond)} | ${ms(fast.cpuPerReport)} | ${int(peak)} MB |`,
    '',
    `Files: ${importFiles.files} rendered demo reports (${importFiles.formats}); batched ÷ per-file = ${(batched.perSecond / perFile.perSecond).toFixed(1)}×.`,
    `Store after the fast path: ${mb(build.storeBytes)} on disk, ${int(build.values)} printed values${build.reused ? ` (built by an earlier run at commit \`${build.commit ?? 'unknown'}\`; its build figures are that run's)` : ''}.`,
    `The fast path stores generated figures without rendering or parsing: texts are generated`,
    `placeholders of typical length, cells carry no source offsets; every other row (agencies, regions,`,
    `derived values, findings, X1–X3) is written by the import's own batch store function.`,
    '',
  );
  for (const table of api) lines.push(...apiSection(table));
  lines.push(
    'Every request says `Accept-Encoding: gzip, deflate, br`, as a browser does; only cached answers',
    'come compressed (once per answer: brotli, which this client accepts, or gzip); bytes are per',
    'response, headers included. The load client (autocannon) keeps no response bodies: it would append',
    'each to a string, a UTF-8 decode of the compressed bytes that costs the client more than the server',
    'spends (see api-latency.ts); every server here, the hello world included, is loaded the same way.',
    'Uncached: the server runs with its response cache off, so every request runs its queries.',
    'Cached: the response cache on, bodies rendered once per data version; the data version is held in',
    "memory (refreshed by a 250 ms poll for other processes' writes) and each answer carries its ETag.",
    '',
  );
  if ('initialJsGzipBytes' in web) {
    lines.push(
      '### Web',
      '',
      `Initial JavaScript: ${web.initialJsFiles.map((f) => `\`${f}\``).join(', ')} — ${kb(web.initialJsBytes)}, ${kb(web.initialJsGzipBytes)} gzip.`,
      `First chart (a KPI sparkline or a Recharts line) after navigation to \`/\` in headless Chromium on the`,
      `benchmark store: ${ms(web.firstChartColdMs)} ms on the first visit (API cache cold), ${ms(web.firstChartWarmMs)} ms median of three later visits (fresh browser context each).`,
      '',
    );
  } else if ('error' in web) {
    lines.push('### Web', '', `Not measured: ${web.error}`, '');
  }
  return lines.join('\n');
}

/** Writes the figures into BENCHMARKS.md between the markers, keeping everything outside them. */
export async function writeBenchmarks(file: string, markdown: string): Promise<void> {
  let before = '# Benchmarks\n\n';
  let after = '\n';
  try {
    const existing = await readFile(file, 'utf8');
    const start = existing.indexOf(BEGIN);
    const end = existing.indexOf(END);
    if (start >= 0 && end > start) {
      before = existing.slice(0, start);
      after = existing.slice(end + END.length);
    } else before = `${existing.trimEnd()}\n\n`;
  } catch {
    // No file yet: a fresh one.
  }
  await writeFile(file, `${before}${BEGIN}\n${markdown}\n${END}${after}`);
}
