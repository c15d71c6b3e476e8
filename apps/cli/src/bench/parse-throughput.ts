import { parseReport } from '@nianbao/parser';
import { perSecond, timed } from './measure.ts';
import { type BenchFormat, renderSamples } from './render-samples.ts';

/** Parse speed of one format on one core. */
export interface ParseResult {
  format: BenchFormat;
  reports: number;
  failed: number;
  wallMs: number;
  cpuMs: number;
  /** Reports per CPU-second of the whole process (GC threads included): one unshared core. */
  perCpuSecond: number;
  /** Reports per CPU-second of the main thread alone (GC helper threads left out). */
  perMainThreadSecond: number;
  perWallSecond: number;
}

/** Reports rendered per format: enough for a stable rate, few enough for docx and pdf to be quick. */
export const PARSE_SAMPLE: Record<BenchFormat, number> = { txt: 600, html: 600, docx: 150, pdf: 40 };

/**
 * Renders demo reports in one format, then times parseReport over all of them in this thread (one
 * core) after a warm-up pass over a few, so the JIT has compiled the parser before the clock runs.
 */
export async function measureParse(format: BenchFormat, count = PARSE_SAMPLE[format]): Promise<ParseResult> {
  const files = await renderSamples(format, count);
  for (const file of files.slice(0, Math.min(20, files.length))) await parseReport(file.bytes, file.name);
  let failed = 0;
  const run = await timed(async () => {
    for (const file of files) {
      try {
        await parseReport(file.bytes, file.name);
      } catch {
        failed++;
      }
    }
  });
  return {
    format,
    reports: files.length,
    failed,
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    perCpuSecond: perSecond(files.length, run.cpuMs),
    perMainThreadSecond: perSecond(files.length, run.mainThreadCpuMs),
    perWallSecond: perSecond(files.length, run.wallMs),
  };
}
