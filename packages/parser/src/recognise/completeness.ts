import {
  EDITIONS,
  type Finding,
  normalizeLabel,
  SECTIONS,
  T2_BLOCKS,
  T3_COLUMNS,
  T3_ROWS,
  T4_COLUMNS,
  T4_GROUPS,
  type Template,
} from '@nianbao/schema';
import type { Block, TableBlock } from '../document.ts';
import type { TableReading } from './table-reading.ts';

type TableKey = 't2' | 't3' | 't4';
const NAMES: Record<TableKey, string> = { t2: '表二', t3: '表三', t4: '表四' };

/** Every code a complete table prints in this edition (rows both editions print when unknown). */
function expectedCodes(table: TableKey, template: Template): string[] {
  const inEdition = (editions: readonly string[]) =>
    template === 'unknown' ? EDITIONS.every((e) => editions.includes(e)) : editions.includes(template);
  if (table === 't2') {
    const blocks = template === 'unknown' ? [] : T2_BLOCKS[template];
    return blocks.flatMap((b) =>
      b.rows.filter((r) => !r.tolerated).flatMap((r) => b.columns.map((c) => `t2.${r.key}.${c.key}`)),
    );
  }
  if (table === 't3') {
    return T3_ROWS.filter((r) => inEdition(r.editions)).flatMap((r) =>
      T3_COLUMNS.map((c) => `t3.${r.key}.${c.key}`),
    );
  }
  return T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `t4.${g.key}.${c.key}`));
}

/**
 * `P1` when the document ends inside a table (no paragraph follows its last table) and that table
 * lacks rows: the rows read are kept, nothing is filled in, and the finding names the last row read.
 */
export function truncationFinding(
  blocks: readonly Block[],
  text: string,
  reading: TableReading,
  template: Template,
): Finding | null {
  const last = blocks[blocks.length - 1];
  if (last?.kind !== 'table') return null;
  const inLast = Object.entries(reading.cells).filter(([, c]) => c.start >= last.start && c.end <= last.end);
  const table = (['t4', 't3', 't2'] as const).find((t) => inLast.some(([, c]) => c.table === t));
  if (table === undefined) return null;
  const missing = expectedCodes(table, template).filter((code) => !(code in reading.values));
  if (missing.length === 0) return null;
  const lastCell = inLast.filter(([, c]) => c.table === table).sort(([, a], [, b]) => b.start - a.start)[0];
  const where = lastCell === undefined ? '' : rowLabel(last, text, lastCell[1].start);
  return {
    rule: 'P1',
    severity: 'warning',
    message:
      `${NAMES[table]}在${where === '' ? '表格中途' : `「${where}」行后`}中断：文件在表格中途结束，` +
      `其后的 ${missing.length} 个单元格未读取，也未补任何数值`,
    codes: missing,
  };
}

/** The printed label of the row holding the offset (its first non-numeric cell), or ''. */
function rowLabel(table: TableBlock, text: string, at: number): string {
  const row = table.rows.find((r) => r.start <= at && at <= r.end && r.cells.length > 1);
  const label = row?.cells.find((c) => c.text !== '' && !/^[\d.,+\-—/\s]+$/u.test(c.text));
  return label === undefined ? '' : text.slice(label.start, label.end).replace(/\s+/gu, ' ');
}

// A section heading: an ordinal, then the section's words (the format's, as far as reports keep them).
const HEADING = /^[一二三四五六七八九十]+[、.．]/u;
const SECTION_OF: Record<TableKey, (key: string) => boolean> = {
  t2: (k) => k.includes(normalizeLabel(SECTIONS.proactive).slice(0, 4)),
  t3: (k) => k.includes('申请') && /收到|处理|依申请/u.test(k),
  t4: (k) => k.includes('行政复议') || k.includes('行政诉讼'),
};

/**
 * `P2` when the section headings of tables 2–4 are there but a table under one of them yielded no
 * text to read — published as an image, typically. Nothing is read for it; someone has to key the
 * values in or OCR the original.
 */
export function imageTableFinding(blocks: readonly Block[], reading: TableReading): Finding | null {
  const present: ReadonlySet<string> = reading.tables;
  if (present.size === 3) return null;
  const headed = new Set<TableKey>();
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || b.text.length > 40 || !HEADING.test(b.text.trim())) continue;
    const key = normalizeLabel(b.text);
    for (const t of ['t2', 't3', 't4'] as const) if (SECTION_OF[t](key)) headed.add(t);
  }
  const unread = [...headed].filter((t) => !present.has(t)).sort();
  if (unread.length === 0) return null;
  const names = unread.map((t) => NAMES[t]).join('、');
  return {
    rule: 'P2',
    severity: 'warning',
    message: `${names}的标题在，但其下没有可读取的表格文字（表格可能是图片）：未读取任何数值，需人工录入或先做OCR`,
    codes: [],
  };
}
