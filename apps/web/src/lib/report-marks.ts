import type { Fact, ValueDto } from '@nianbao/schema';
import type { CatalogueIndex } from './catalogue-index.ts';
import { formatCell, formatValue } from './format-value.ts';

/** A source mark as the report viewer draws it (see components/source-text.tsx). */
export interface ReportMark {
  id: string;
  start: number;
  end: number;
  title: string;
  kind: 'value' | 'fact';
}

/** The mark id of a table value. */
export function valueMarkId(code: string): string {
  return `v:${code}`;
}

/** The mark id of a narrative fact (facts have no key of their own but their span). */
export function factMarkId(fact: Pick<Fact, 'start' | 'end'>): string {
  return `f:${fact.start}-${fact.end}`;
}

/**
 * One mark per extracted figure with a source span: table values titled `code · label · value`,
 * narrative facts titled with their printed label and, when recognised, their code.
 */
export function reportMarks(
  values: readonly ValueDto[],
  facts: readonly Fact[],
  catalogue: CatalogueIndex,
): ReportMark[] {
  const marks: ReportMark[] = [];
  for (const value of values) {
    // A blank cell has an empty span: it is still marked, at its place in the row.
    if (value.start === null || value.end === null || value.end < value.start) continue;
    const def = catalogue.get(value.code);
    const label = def?.labelZh ?? '目录中无此指标';
    const shown = formatCell(value.value, value.blank, def?.unit ?? '');
    marks.push({
      id: valueMarkId(value.code),
      start: value.start,
      end: value.end,
      title: `${value.code} · ${label} · ${shown}`,
      kind: 'value',
    });
  }
  for (const fact of facts) {
    if (fact.end <= fact.start) continue;
    const code = fact.code === null ? '未归类' : fact.code;
    const label = fact.code === null ? fact.label : (catalogue.get(fact.code)?.labelZh ?? fact.label);
    marks.push({
      id: factMarkId(fact),
      start: fact.start,
      end: fact.end,
      title: `${code} · ${label} · ${formatValue(fact.value, fact.unit)}`,
      kind: 'fact',
    });
  }
  return marks;
}
