import type { SyntheticReport } from '../model/synthetic-report.ts';
import type { RenderSpec, TxtLayout } from '../render/render-spec.ts';
import type { Rng } from './prng.ts';

type Format = RenderSpec['format'];

/** The format an agency's site usually publishes in; most keep it from year to year. */
export function preferredFormat(rng: Rng): Exclude<Format, 'pdf'> {
  return rng.weighted([
    ['txt', 0.52],
    ['html', 0.36],
    ['docx', 0.12],
  ] as const);
}

/** Share of reports published as PDF: few, since each embeds a font subset of ~150 KB. */
const PDF_RATE = 0.01;

function txtSpec(rng: Rng): RenderSpec {
  const layout: TxtLayout = rng.weighted([
    ['tab', 0.45],
    ['pipe', 0.15],
    ['pipe-bordered', 0.15],
    ['lines', 0.25],
  ] as const);
  const encoding = rng.weighted([
    ['utf8', 0.55],
    ['utf8-bom', 0.15],
    ['gb18030', 0.3],
  ] as const);
  return { format: 'txt', layout, encoding, eol: rng.chance(0.4) ? 'crlf' : 'lf' };
}

/**
 * How one report is published. A truncated report is always txt: a file cut mid-table is what
 * a broken text export looks like, while a cut HTML page or archive would not open at all.
 */
export function planRendering(
  rng: Rng,
  report: SyntheticReport,
  preferred: Exclude<Format, 'pdf'>,
): RenderSpec {
  if (report.flaws.some((f) => f.kind === 'truncated')) return txtSpec(rng);
  if (rng.chance(PDF_RATE)) return { format: 'pdf' };
  const format: Exclude<Format, 'pdf'> = rng.chance(0.85)
    ? preferred
    : rng.pick(['txt', 'html', 'docx'] as const);
  switch (format) {
    case 'txt':
      return txtSpec(rng);
    case 'html':
      return { format: 'html', encoding: rng.chance(0.85) ? 'utf8' : 'gb18030' };
    case 'docx':
      return { format: 'docx' };
  }
}
