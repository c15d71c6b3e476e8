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
 * core) after a warm-up pass over all of them. A warm-up over a few files left V8 compiling the
 * parser's hot functions on its background threads during the timed pass (~0.55 s of CPU for txt,
 * half of what the pass itself took); an import of thousands of reports runs with that work done.
 */
export async function measureParse(format: BenchFormat, count = PARSE_SAMPLE[format]): Promise<ParseResult> {
  const files = await renderSamples(format, count);
  for (const file of files) await parseReport(file.bytes, file.name);
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
