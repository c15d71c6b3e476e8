import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { T3_COLUMNS, T4_COLUMNS, type Values } from '@nianbao/schema';

/** A narrative fact as an expectation names it: `printed` is the exact source text it spans. */
export interface ExpectedFact {
  code?: string;
  value: number;
  unit: string;
  printed: string;
  approximate?: boolean;
}

/** A hand-written expectation file (`*.expected.json`, shape in fixtures/README.md). */
export interface Expectation {
  source?: string;
  files?: string[];
  agency?: string | null;
  region?: string | null;
  regionCode?: string | null;
  year?: number | null;
  template?: string;
  agencyKind?: string | null;
  encoding?: string;
  format?: string;
  t2?: Record<string, Record<string, number | null>>;
  t3?: Record<string, (number | null)[]>;
  t4?: Record<string, (number | null)[]>;
  values?: Values;
  facts?: ExpectedFact[];
  uncodedFacts?: ExpectedFact[];
  findings?: { rule: string; severity: string }[];
}

/** Metadata fields compared when the expectation states them. */
export const METADATA_FIELDS = [
  'agency',
  'region',
  'regionCode',
  'year',
  'template',
  'agencyKind',
  'encoding',
  'format',
] as const;

/** An expectation and the report files it describes (absolute paths). */
export interface ExpectationFile {
  path: string;
  expectation: Expectation;
  reports: string[];
}

const SUFFIX = '.expected.json';

/** Reads and validates the rough shape of one expectation file. */
export async function readExpectation(path: string): Promise<Expectation> {
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path}: an expectation must be a JSON object`);
  }
  return parsed as Expectation;
}

/**
 * Every expectation under `dir` (recursively) with the reports it describes: those listed in
 * `files`, else the files beside it with the same stem (`x.expected.json` → `x.txt`, `x.html`…).
 */
export async function findExpectations(dir: string): Promise<ExpectationFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const out: ExpectationFile[] = [];
  for (const path of files.filter((f) => f.endsWith(SUFFIX)).sort()) {
    const expectation = await readExpectation(path);
    const folder = dirname(path);
    const stem = basename(path, SUFFIX);
    const reports =
      expectation.files !== undefined
        ? expectation.files.map((f) => join(folder, f))
        : files.filter((f) => {
            const ext = extname(f);
            return dirname(f) === folder && ext !== '.json' && ext !== '.md' && basename(f, ext) === stem;
          });
    out.push({ path, expectation, reports: reports.sort() });
  }
  return out;
}

/** The expectation's printed cells keyed by metric code (tables in printed shape, then `values`). */
export function expectedValues(e: Expectation): Values {
  const values: Values = {};
  for (const [row, cols] of Object.entries(e.t2 ?? {})) {
    for (const [col, v] of Object.entries(cols)) values[`t2.${row}.${col}`] = v;
  }
  const spread = (
    table: string,
    rows: Record<string, (number | null)[]>,
    cols: readonly { key: string }[],
  ) => {
    for (const [row, vs] of Object.entries(rows)) {
      if (vs.length !== cols.length) {
        throw new Error(`${table}.${row}: ${vs.length} values for ${cols.length} columns`);
      }
      vs.forEach((v, i) => {
        values[`${table}.${row}.${cols[i]?.key}`] = v;
      });
    }
  };
  spread('t3', e.t3 ?? {}, T3_COLUMNS);
  spread('t4', e.t4 ?? {}, T4_COLUMNS);
  return { ...values, ...(e.values ?? {}) };
}
