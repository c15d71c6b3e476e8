import { Parser } from 'htmlparser2';
import { joinPieces } from '../rendering/join-text.ts';

/** What the body of word/document.xml holds, in order. */
export type DocxBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'table'; grid: string[][] };

const MAIN_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

interface CellState {
  paragraphs: string[];
  gridSpan: number;
  /** `w:vMerge` without `restart` (or `w:hMerge` continue): a slot covered by the cell before. */
  continued: boolean;
}

interface TableState {
  rows: { gridBefore: number; cells: CellState[] }[];
}

/**
 * Reads word/document.xml in one streaming pass: paragraphs (text of `w:t`, `w:tab` as a tab,
 * `w:br`/`w:cr` as line breaks; field codes, deleted text and fallback copies of drawings skipped)
 * and tables with `w:gridSpan`, `w:gridBefore` and `w:vMerge` expanded into a grid where a merged
 * cell's text sits in its first slot and the slots it covers are empty.
 */
export function readDocumentXml(xml: string): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  let w = 'w:';
  const paragraphs: string[][] = [];
  const tables: TableState[] = [];
  let inText = false;
  let runDepth = 0;
  let skipDepth = 0;

  const currentCell = (): CellState | undefined => {
    const row = tables[tables.length - 1]?.rows.at(-1);
    return row?.cells.at(-1);
  };
  const append = (text: string) => {
    const lines = paragraphs[paragraphs.length - 1];
    if (lines === undefined || lines.length === 0) return;
    lines[lines.length - 1] += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'mc:Fallback' || skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (blocks.length === 0 && paragraphs.length === 0 && tables.length === 0) {
          for (const [key, value] of Object.entries(attrs)) {
            if (key.startsWith('xmlns:') && MAIN_NAMESPACES.has(value)) w = `${key.slice(6)}:`;
          }
        }
        if (!name.startsWith(w)) return;
        const local = name.slice(w.length);
        switch (local) {
          case 'p':
            paragraphs.push(['']);
            break;
          case 'r':
            runDepth++;
            break;
          case 't':
            inText = runDepth > 0;
            break;
          // w:tab and w:br also occur in properties (tab stops, …); only a run's ones are text.
          case 'tab':
            if (runDepth > 0) append('\t');
            break;
          case 'br':
          case 'cr':
            if (runDepth > 0) paragraphs[paragraphs.length - 1]?.push('');
            break;
          case 'noBreakHyphen':
            if (runDepth > 0) append('-');
            break;
          case 'tbl':
            tables.push({ rows: [] });
            break;
          case 'tr':
            tables[tables.length - 1]?.rows.push({ gridBefore: 0, cells: [] });
            break;
          case 'gridBefore': {
            const row = tables[tables.length - 1]?.rows.at(-1);
            if (row !== undefined && row.cells.length === 0) row.gridBefore = count(attrs[`${w}val`], 0);
            break;
          }
          case 'tc':
            tables[tables.length - 1]?.rows
              .at(-1)
              ?.cells.push({ paragraphs: [], gridSpan: 1, continued: false });
            break;
          case 'gridSpan': {
            const cell = currentCell();
            if (cell !== undefined) cell.gridSpan = Math.max(1, count(attrs[`${w}val`], 1));
            break;
          }
          case 'vMerge':
          case 'hMerge': {
            const cell = currentCell();
            if (cell !== undefined) cell.continued = (attrs[`${w}val`] ?? 'continue') !== 'restart';
            break;
          }
        }
      },
      ontext(text) {
        if (inText && skipDepth === 0) append(text);
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (!name.startsWith(w)) return;
        const local = name.slice(w.length);
        if (local === 't') inText = false;
        else if (local === 'r') runDepth = Math.max(0, runDepth - 1);
        else if (local === 'p') {
          const lines = paragraphs.pop() ?? [];
          const cell = tables.length > 0 ? currentCell() : undefined;
          // A paragraph nested in another (a text box) becomes its own block, before its host.
          if (cell !== undefined) cell.paragraphs.push(joinPieces(lines));
          else blocks.push({ kind: 'paragraph', lines });
        } else if (local === 'tbl') {
          const table = tables.pop();
          if (table === undefined) return;
          const grid = toGrid(table);
          const outer = currentCell();
          // A table nested in a cell is read as that cell's text.
          if (outer !== undefined) outer.paragraphs.push(joinPieces(grid.map((row) => joinPieces(row))));
          else blocks.push({ kind: 'table', grid });
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return blocks;
}

// Word allows 63 columns; anything wider is malformed, and a row is cut there.
const MAX_COLUMNS = 1000;

function toGrid(table: TableState): string[][] {
  const grid = table.rows.map((row) => {
    const slots: string[] = new Array<string>(Math.min(row.gridBefore, MAX_COLUMNS)).fill('');
    for (const cell of row.cells) {
      if (slots.length >= MAX_COLUMNS) break;
      slots.push(cell.continued ? '' : joinPieces(cell.paragraphs));
      const span = Math.min(cell.gridSpan, MAX_COLUMNS - slots.length + 1);
      for (let k = 1; k < span; k++) slots.push('');
    }
    return slots;
  });
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  return grid.map((row) =>
    row.length < width ? [...row, ...new Array<string>(width - row.length).fill('')] : row,
  );
}

function count(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
