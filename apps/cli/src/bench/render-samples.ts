import {
  fastReports,
  type RenderSpec,
  renderReport,
  type SyntheticReport,
  type TextEncoding,
  type TxtLayout,
} from '@nianbao/demo';

/** Formats the benchmark renders and parses. */
export const BENCH_FORMATS = ['txt', 'html', 'docx', 'pdf'] as const;
export type BenchFormat = (typeof BENCH_FORMATS)[number];

const LAYOUTS: readonly TxtLayout[] = ['tab', 'pipe', 'pipe-bordered', 'lines'];
const ENCODINGS: readonly TextEncoding[] = ['utf8', 'utf8-bom', 'gb18030'];

/** The i-th rendering of a format: txt and html rotate through their layouts and encodings. */
export function specFor(format: BenchFormat, i: number): RenderSpec {
  switch (format) {
    case 'txt':
      return {
        format,
        layout: LAYOUTS[i % LAYOUTS.length] ?? 'tab',
        encoding: ENCODINGS[Math.floor(i / LAYOUTS.length) % ENCODINGS.length] ?? 'utf8',
        eol: i % 2 === 0 ? 'lf' : 'crlf',
      };
    case 'html':
      return { format, encoding: i % 3 === 2 ? 'gb18030' : 'utf8' };
    default:
      return { format };
  }
}

/** A rendered report file. */
export interface RenderedFile {
  name: string;
  bytes: Uint8Array;
  report: SyntheticReport;
}

/** Renders `count` distinct synthetic reports in one format (a seed of their own, not the store's). */
export async function renderSamples(
  format: BenchFormat,
  count: number,
  seed = 20_240,
): Promise<RenderedFile[]> {
  const files: RenderedFile[] = [];
  let i = 0;
  for (const report of fastReports(seed, count)) {
    const bytes = await renderReport(report, specFor(format, i));
    files.push({ name: `${report.id}.${format}`, bytes, report });
    i++;
  }
  return files;
}
