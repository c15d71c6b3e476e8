/** How a txt rendering lays out table cells. */
export type TxtLayout = 'tab' | 'pipe' | 'pipe-bordered' | 'lines';
/** Byte encodings of text renderings. */
export type TextEncoding = 'utf8' | 'utf8-bom' | 'gb18030';
export type LineEnding = 'lf' | 'crlf';

/** One way of publishing a report: the file format and its rendering details. */
export type RenderSpec =
  | { format: 'txt'; layout: TxtLayout; encoding: TextEncoding; eol: LineEnding }
  | { format: 'html'; encoding: 'utf8' | 'gb18030' }
  | { format: 'docx' }
  | { format: 'pdf' };

export type ReportFormat = RenderSpec['format'];

/** The short rendering name the manifest records (`tab`, `pipe`, `page`, …). */
export function renderingName(spec: RenderSpec): string {
  switch (spec.format) {
    case 'txt':
      return spec.layout;
    case 'html':
      return 'page';
    case 'docx':
      return 'word';
    case 'pdf':
      return 'text-layer';
  }
}

/** The encoding the manifest records; binary formats carry their own. */
export function encodingName(spec: RenderSpec): string {
  return spec.format === 'txt' || spec.format === 'html' ? spec.encoding : 'binary';
}
