/** Why a file could not be read as a report; stable, used by the CLI and the import pipeline. */
export type ParseErrorCode = 'empty_file' | 'undecodable' | 'not_a_report' | 'unsupported_format';

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
