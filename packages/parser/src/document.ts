/**
 * The document model every adapter produces and the recogniser reads: ordered blocks, each a
 * paragraph or a table. Offsets are UTF-16 code-unit positions into the decoded text (end
 * exclusive), so a recognised figure can always be highlighted in the file it came from.
 */
export interface Span {
  start: number;
  end: number;
}

/** One table cell; `text` is its content trimmed (an empty cell has `start === end`). */
export interface Cell extends Span {
  text: string;
}

export interface Row extends Span {
  cells: Cell[];
}

export interface TableBlock extends Span {
  kind: 'table';
  /** Rows in printed order; adapters expand rowspan/colspan so each row lists every column. */
  rows: Row[];
}

export interface ParagraphBlock extends Span {
  kind: 'paragraph';
  /** The paragraph's text as printed, trimmed; `text === source.slice(start, end)` for txt. */
  text: string;
}

export type Block = ParagraphBlock | TableBlock;

/** A decoded report in structural form. */
export interface ReportDocument {
  /** The decoded text every offset points into. */
  text: string;
  blocks: Block[];
}
