import type { CellCounts, Evaluation, FileEvaluation } from './evaluate.ts';

const pct = (part: number, whole: number) => (whole === 0 ? '100.00' : ((100 * part) / whole).toFixed(2));
const show = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v));

function counts(c: CellCounts): string {
  return (
    `precision ${pct(c.correct, c.predicted)}% (${c.correct}/${c.predicted}) · ` +
    `recall ${pct(c.correct, c.expected)}% (${c.correct}/${c.expected})`
  );
}

function fileLines(f: FileEvaluation): string[] {
  const lines = [`${f.file}: ${counts(f.counts)}`];
  if (f.error !== undefined) lines.push(`  error: ${f.error}`);
  for (const d of f.wrong)
    lines.push(`  wrong   ${d.code}: expected ${show(d.expected)}, got ${show(d.actual)}`);
  for (const d of f.missing)
    if (f.error === undefined) lines.push(`  missing ${d.code}: expected ${show(d.expected)}`);
  for (const d of f.extra) lines.push(`  extra   ${d.code}: got ${show(d.actual)}`);
  for (const d of f.other) lines.push(`  ${d.what}: expected ${show(d.expected)}, got ${show(d.actual)}`);
  return lines;
}

/** The evaluation as text: one line per file, every wrong, missing or extra cell, then the totals. */
export function formatEvaluation(e: Evaluation): string {
  const lines = e.files.flatMap(fileLines);
  const failing = e.files.filter(
    (f) =>
      f.error !== undefined || f.other.length > 0 || f.wrong.length + f.missing.length + f.extra.length > 0,
  ).length;
  lines.push('', `${e.files.length} reports, ${failing} with differences`, `overall: ${counts(e.totals)}`);
  return `${lines.join('\n')}\n`;
}
