import { T3_ROWS, type Values } from '@nianbao/schema';
import type { Flaw, FlawKind } from '../model/synthetic-report.ts';
import type { Rng } from './prng.ts';

/** Kinds handed out in turn, so any corpus with four flawed reports has one of each. */
export const FLAW_KINDS: readonly FlawKind[] = ['broken_sum', 'truncated', 'blank_table', 'traditional'];

/** Cells whose change breaks R1 and R3 (the table's own 勾稽 relation). */
const BREAKABLE = ['t3.total.total', 't3.total.natural', 't3.carry_forward.total'];

/** Table-3 rows after which a truncated file may end: somewhere in the 办理结果 block. */
const CUT_AFTER = T3_ROWS.map((r) => r.key).filter(
  (k) => k !== 'new' && k !== 'carried_over' && k !== 'total' && k !== 'carry_forward',
);

/**
 * Applies a flaw of the given kind to printed values: returns the values as the flawed report
 * prints them and the flaw record that explains the difference.
 */
export function applyFlaw(rng: Rng, kind: FlawKind, values: Values): { values: Values; flaw: Flaw } {
  switch (kind) {
    case 'broken_sum': {
      const code = rng.pick(BREAKABLE);
      const balanced = values[code] ?? 0;
      const printed = balanced > 0 && rng.chance(0.4) ? balanced - 1 : balanced + rng.int(1, 3);
      return {
        values: Object.assign({}, values, { [code]: printed }),
        flaw: { kind, code, printed, balanced },
      };
    }
    case 'truncated': {
      const printedRows = T3_ROWS.map((r) => r.key).filter((k) =>
        Object.keys(values).some((c) => c.startsWith(`t3.${k}.`)),
      );
      const candidates = CUT_AFTER.filter((k) => printedRows.includes(k));
      const afterRow = rng.pick(candidates);
      const keep = new Set(printedRows.slice(0, printedRows.indexOf(afterRow) + 1));
      const kept: Values = {};
      for (const [code, v] of Object.entries(values)) {
        if (code.startsWith('t4.')) continue;
        if (code.startsWith('t3.') && !keep.has(t3RowOf(code))) continue;
        kept[code] = v;
      }
      return { values: kept, flaw: { kind, afterRow } };
    }
    case 'blank_table': {
      const blanked: Values = {};
      for (const [code, v] of Object.entries(values)) blanked[code] = code.startsWith('t3.') ? null : v;
      return { values: blanked, flaw: { kind, table: 't3' } };
    }
    case 'traditional':
      return { values, flaw: { kind } };
  }
}

/** `t3.denied.state_secret.natural` → `denied.state_secret`. */
export function t3RowOf(code: string): string {
  return code.slice(3, code.lastIndexOf('.'));
}
