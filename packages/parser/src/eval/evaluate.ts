import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Values } from '@nianbao/schema';
import { ParseError } from '../parse-error.ts';
import { type ParsedReport, parseReport } from '../parse-report.ts';
import { type Expectation, expectedValues, findExpectations, METADATA_FIELDS } from './expectation.ts';

/** One cell compared: a (code, value) pair; `null` is a printed blank, a value like any other. */
export interface CellDiff {
  code: string;
  expected?: number | null;
  actual?: number | null;
}

/** Anything besides cells that did not match: metadata, fact spans, findings. */
export interface OtherDiff {
  what: string;
  expected: unknown;
  actual: unknown;
}

/** Counts for precision and recall. */
export interface CellCounts {
  expected: number;
  predicted: number;
  correct: number;
}

export interface FileEvaluation {
  /** The report, relative to the evaluated folder. */
  file: string;
  expectation: string;
  counts: CellCounts;
  wrong: CellDiff[];
  missing: CellDiff[];
  extra: CellDiff[];
  other: OtherDiff[];
  /** Set when the report could not be parsed at all (every expected cell is then missing). */
  error?: string;
}

export interface Evaluation {
  files: FileEvaluation[];
  totals: CellCounts;
  precision: number;
  recall: number;
  /** True when every cell and every other check of every file matched. */
  perfect: boolean;
}

/** Cells of a report: its printed table values and its coded narrative facts. */
function cellsOf(
  values: Values,
  facts: readonly { code: string | null; value: number }[],
): Map<string, number | null> {
  const cells = new Map<string, number | null>(Object.entries(values));
  for (const f of facts) if (f.code !== null && !cells.has(f.code)) cells.set(f.code, f.value);
  return cells;
}

const same = (a: number | null | undefined, b: number | null | undefined) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9);
const squash = (s: string) => s.replace(/\s+/gu, '');

/** Compares one parsed report with its expectation. */
export function compareReport(
  file: string,
  expectationPath: string,
  e: Expectation,
  r: ParsedReport,
): FileEvaluation {
  const want = cellsOf(
    expectedValues(e),
    e.facts?.filter((f) => f.code !== undefined).map((f) => ({ code: f.code ?? null, value: f.value })) ?? [],
  );
  const got = cellsOf(r.values, r.facts);
  const out: FileEvaluation = {
    file,
    expectation: expectationPath,
    counts: { expected: want.size, predicted: got.size, correct: 0 },
    wrong: [],
    missing: [],
    extra: [],
    other: [],
  };
  for (const [code, expected] of want) {
    if (!got.has(code)) out.missing.push({ code, expected });
    else if (same(got.get(code), expected)) out.counts.correct++;
    else out.wrong.push({ code, expected, actual: got.get(code) });
  }
  for (const [code, actual] of got) if (!want.has(code)) out.extra.push({ code, actual });

  const record = r as unknown as Record<string, unknown>;
  for (const field of METADATA_FIELDS) {
    if (!(field in e)) continue;
    const expected = e[field];
    if (record[field] !== expected) out.other.push({ what: field, expected, actual: record[field] });
  }
  for (const f of e.facts ?? []) {
    const fact = r.facts.find((x) => x.code === f.code);
    if (fact === undefined) continue; // counted as a missing cell
    const printed = r.text.slice(fact.start, fact.end);
    if (squash(printed) !== squash(f.printed))
      out.other.push({ what: `${f.code} span`, expected: f.printed, actual: printed });
    if ((fact.approximate ?? false) !== (f.approximate ?? false)) {
      out.other.push({
        what: `${f.code} approximate`,
        expected: f.approximate ?? false,
        actual: fact.approximate ?? false,
      });
    }
  }
  for (const f of e.uncodedFacts ?? []) {
    const fact = r.facts.find((x) => squash(r.text.slice(x.start, x.end)) === squash(f.printed));
    const actual = fact === undefined ? null : { value: fact.value, unit: fact.unit, code: fact.code };
    if (actual === null || actual.value !== f.value || actual.unit !== f.unit || actual.code !== null) {
      out.other.push({
        what: `uncoded fact ${f.printed}`,
        expected: { value: f.value, unit: f.unit, code: null },
        actual,
      });
    }
  }
  if (e.findings !== undefined) {
    const key = (f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`;
    const expected = e.findings.map(key).sort();
    const actual = r.findings.map(key).sort();
    if (expected.join() !== actual.join()) out.other.push({ what: 'findings', expected, actual });
  }
  return out;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/**
 * Parses every report under `dir` that has an expectation (`*.expected.json`, see
 * fixtures/README.md) and compares it cell by cell: precision and recall over (code, value) pairs,
 * plus metadata, fact spans and findings. Reads files; not on `parseReport`'s path.
 */
export async function evaluate(dir: string): Promise<Evaluation> {
  const files: FileEvaluation[] = [];
  for (const { path, expectation, reports } of await findExpectations(dir)) {
    const expectationPath = relative(dir, path);
    if (reports.length === 0) {
      files.push({
        ...compareFailed(
          expectationPath,
          expectationPath,
          expectation,
          'no report file for this expectation',
        ),
      });
    }
    for (const report of reports) {
      const file = relative(dir, report);
      try {
        const parsed = await parseReport(await readFile(report), file);
        files.push(compareReport(file, expectationPath, expectation, parsed));
      } catch (error) {
        if (!(error instanceof ParseError) && !(error instanceof Error)) throw error;
        files.push(compareFailed(file, expectationPath, expectation, error.message));
      }
    }
  }
  const totals = files.reduce<CellCounts>(
    (t, f) => ({
      expected: t.expected + f.counts.expected,
      predicted: t.predicted + f.counts.predicted,
      correct: t.correct + f.counts.correct,
    }),
    { expected: 0, predicted: 0, correct: 0 },
  );
  const precision = ratio(totals.correct, totals.predicted);
  const recall = ratio(totals.correct, totals.expected);
  const perfect =
    files.length > 0 &&
    files.every((f) => f.error === undefined && f.other.length === 0) &&
    precision === 1 &&
    recall === 1;
  return { files, totals, precision, recall, perfect };
}

function compareFailed(
  file: string,
  expectationPath: string,
  e: Expectation,
  message: string,
): FileEvaluation {
  const want = cellsOf(expectedValues(e), []);
  for (const f of e.facts ?? []) if (f.code !== undefined) want.set(f.code, f.value);
  return {
    file,
    expectation: expectationPath,
    counts: { expected: want.size, predicted: 0, correct: 0 },
    wrong: [],
    missing: [...want].map(([code, expected]) => ({ code, expected })),
    extra: [],
    other: [],
    error: message,
  };
}
