/** Why a file could not be read as a report; stable, used by the CLI and the import pipeline. */
export type ParseErrorCode =
  | 'empty_file'
  | 'undecodable'
  | 'not_a_report'
  | 'unsupported_format'
  /** Legacy binary word-processor files (.doc, .wps, RTF): save as DOCX first. */
  | 'legacy_format'
  /** A PDF whose pages are images: run OCR first. */
  | 'no_text_layer'
  /** Password-protected PDF, DOCX or zip entry. */
  | 'encrypted'
  /** Broken container: truncated zip, PDF without a readable structure, malformed XML part. */
  | 'corrupt'
  /** Over a resource limit (zip-bomb guard, page cap, time cap); the message names the limit. */
  | 'too_large';

/** Thrown by `parseReport` for every expected failure; anything else is a bug. */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  readonly code: ParseErrorCode;
  readonly file: string;

  constructor(code: ParseErrorCode, file: string, message: string) {
    super(`${file}: ${message}`);
    this.code = code;
    this.file = file;
  }
}
