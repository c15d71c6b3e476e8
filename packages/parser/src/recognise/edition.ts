import {
  EDITIONS,
  type Edition,
  T2_BLOCKS,
  T3_CATEGORIES,
  T3_COLUMNS,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  type Template,
} from '@nianbao/schema';
import { normalisedLabels } from './label-match.ts';
import type { TableRow } from './table-rows.ts';

/**
 * Labels that only one edition prints (e.g. 本年制发件数 vs 本年新制作数量), derived from the
 * catalogue: a variant of an edition-specific column or row that nothing in the other edition
 * (rows, columns, categories, table 4) also uses. Generic words like 其他 drop out by construction.
 */
function editionMarkers(): Record<Edition, ReadonlySet<string>> {
  const vocabulary = (e: Edition): Set<string> => {
    const labels = new Set<string>();
    const add = (defs: readonly { labels: readonly string[] }[]) => {
      for (const d of defs) for (const l of normalisedLabels(d)) labels.add(l);
    };
    for (const block of T2_BLOCKS[e]) {
      add(block.columns);
      add(block.rows);
    }
    add(T3_ROWS.filter((r) => r.editions.includes(e)));
    add(T3_COLUMNS);
    add(T3_CATEGORIES);
    add(T4_GROUPS);
    add(T4_COLUMNS);
    return labels;
  };
  const [a, b] = EDITIONS;
  const va = vocabulary(a);
  const vb = vocabulary(b);
  return {
    [a]: new Set([...va].filter((l) => !vb.has(l))),
    [b]: new Set([...vb].filter((l) => !va.has(l))),
  } as Record<Edition, ReadonlySet<string>>;
}

let markers: Record<Edition, ReadonlySet<string>> | undefined;

/**
 * The format edition the tables follow, by counting edition-only labels among the cells; the
 * report's year plays no part (2021 reports printed on the 2019 form exist). `unknown` when no
 * cell carries a marker, or both editions score the same.
 */
export function detectEdition(rows: readonly TableRow[]): Template {
  markers ??= editionMarkers();
  const score: Record<Edition, number> = { '2019': 0, '2021': 0 };
  for (const row of rows) {
    for (const key of row.keys) {
      for (const e of EDITIONS) if (markers?.[e].has(key)) score[e]++;
    }
  }
  if (score['2019'] === score['2021']) return 'unknown';
  return score['2019'] > score['2021'] ? '2019' : '2021';
}
