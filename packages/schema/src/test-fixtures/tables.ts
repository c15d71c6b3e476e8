import { T3_COLUMNS, T3_ROWS } from '../catalogue/t3-layout.ts';
import { T4_COLUMNS, T4_GROUPS } from '../catalogue/t4-layout.ts';
import type { Edition } from '../metric.ts';
import type { Values } from '../parse-result.ts';

type Cells = Record<string, Partial<Record<string, number | null>>>;

/**
 * A full table 3 of one edition: every row printed, unspecified cells 0, and the 总计 column the
 * sum of the applicant columns unless given. Tests then break single cells on purpose.
 */
export function t3Table(edition: Edition, cells: Cells): Values {
  const out: Values = {};
  for (const row of T3_ROWS.filter((r) => r.editions.includes(edition))) {
    const given = cells[row.key] ?? {};
    let sum = 0;
    for (const col of T3_COLUMNS) {
      if (col.key === 'total') continue;
      const v = given[col.key] ?? 0;
      out[`t3.${row.key}.${col.key}`] = given[col.key] === null ? null : v;
      sum += v ?? 0;
    }
    out[`t3.${row.key}.total`] = given.total === undefined ? sum : given.total;
  }
  return out;
}

/** A full table 4, unspecified cells 0. */
export function t4Table(cells: Cells): Values {
  const out: Values = {};
  for (const g of T4_GROUPS) {
    for (const c of T4_COLUMNS) out[`t4.${g.key}.${c.key}`] = cells[g.key]?.[c.key] ?? 0;
  }
  return out;
}

/** A consistent 2021 table 3: 6 new + 1 carried = 6 handled + 1 carried forward. */
export const CONSISTENT_2021 = t3Table('2021', {
  new: { natural: 5, business: 1 },
  carried_over: { natural: 1 },
  granted: { natural: 3 },
  partial: { business: 1 },
  'denied.state_secret': { natural: 1 },
  'other.no_fee': { natural: 1 },
  total: { natural: 5, business: 1 },
  carry_forward: { natural: 1 },
});
