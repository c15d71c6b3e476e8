import { isCjkCode } from '../rendering/join-text.ts';
import type { TextLine, TextRun } from './pdf-types.ts';

// Runs whose baselines differ by less than this share of the font size sit on one line
// (superscripts and mixed fonts shift baselines a little).
const BASELINE_TOLERANCE = 0.4;

/** Groups runs into lines, top to bottom, each line's runs left to right; fake-bold overprints dropped. */
export function groupLines(runs: readonly TextRun[]): TextLine[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const lines: TextLine[] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (
      line !== undefined &&
      Math.abs(line.y - run.y) <= BASELINE_TOLERANCE * Math.min(line.size, run.size)
    ) {
      line.runs.push(run);
      line.size = Math.max(line.size, run.size);
    } else {
      lines.push({ y: run.y, size: run.size, x0: run.x0, x1: run.x1, runs: [run] });
    }
  }
  for (const line of lines) {
    line.runs.sort((p, q) => p.x0 - q.x0);
    line.runs = line.runs.filter((r, i) => {
      const prev = line.runs[i - 1];
      return !(prev !== undefined && prev.str === r.str && Math.abs(prev.x0 - r.x0) < 0.3 * r.size);
    });
    line.x0 = Math.min(...line.runs.map((r) => r.x0));
    line.x1 = Math.max(...line.runs.map((r) => r.x1));
  }
  return lines;
}

/**
 * The text of runs on one line: a space where the gap between runs is wide (more than a fifth of
 * an em between Latin text, more than an em between CJK characters, which never carry spaces).
 */
export function joinRuns(runs: readonly TextRun[]): string {
  let out = '';
  let prev: TextRun | undefined;
  for (const run of runs) {
    if (prev !== undefined && out !== '') {
      const gap = run.x0 - prev.x1;
      const em = Math.max(prev.size, run.size);
      const cjk = isCjkCode(out.charCodeAt(out.length - 1)) && isCjkCode(run.str.charCodeAt(0));
      if (gap > (cjk ? 1 : 0.2) * em && !out.endsWith(' ') && !run.str.startsWith(' ')) out += ' ';
    }
    out += run.str;
    prev = run;
  }
  return out.trim();
}

/** Splits a line into segments wherever runs are separated by a gap of at least `minGap`. */
export function segments(line: TextLine, minGap: number): TextRun[][] {
  const out: TextRun[][] = [];
  let current: TextRun[] = [];
  for (const run of line.runs) {
    const prev = current[current.length - 1];
    if (prev !== undefined && run.x0 - prev.x1 >= minGap) {
      out.push(current);
      current = [];
    }
    current.push(run);
  }
  if (current.length > 0) out.push(current);
  return out;
}
