import { readFileSync } from 'node:fs';
import { T3_COLUMNS, T4_COLUMNS, type Values } from '@nianbao/schema';

const dir = new URL('../../fixtures/', import.meta.url);

/** The bytes of a file under packages/parser/fixtures. */
export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(name, dir));
}

interface ExpectedFact {
  code?: string;
  value: number;
  unit: string;
  printed: string;
  approximate?: boolean;
}

/** A hand-written expectation file (`*.expected.json`), tables in printed shape. */
export interface Expected {
  agency: string;
  region: string;
  year: number;
  template: string;
  agencyKind: string;
  encoding: string;
  format: string;
  t2: Record<string, Record<string, number | null>>;
  t3: Record<string, (number | null)[]>;
  t4: Record<string, (number | null)[]>;
  facts: ExpectedFact[];
  uncodedFacts: ExpectedFact[];
  findings: { rule: string; severity: string }[];
}

export function expected(name: string): Expected {
  return JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Expected;
}

/** The expectation's tables as a `values` map keyed by metric code. */
export function expectedValues(e: Expected): Values {
  const values: Values = {};
  for (const [row, cols] of Object.entries(e.t2)) {
    for (const [col, v] of Object.entries(cols)) values[`t2.${row}.${col}`] = v;
  }
  const spread = (
    table: string,
    rows: Record<string, (number | null)[]>,
    cols: readonly { key: string }[],
  ) => {
    for (const [row, vs] of Object.entries(rows)) {
      if (vs.length !== cols.length)
        throw new Error(`${table}.${row}: ${vs.length} values for ${cols.length} columns`);
      vs.forEach((v, i) => {
        values[`${table}.${row}.${cols[i]?.key}`] = v;
      });
    }
  };
  spread('t3', e.t3, T3_COLUMNS);
  spread('t4', e.t4, T4_COLUMNS);
  return values;
}
