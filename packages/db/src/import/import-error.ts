/** Why a file was not imported. Parser codes pass through unchanged; the rest are the store's own. */
export type ImportErrorCode =
  | 'empty_file'
  | 'undecodable'
  | 'not_a_report'
  | 'unsupported_format'
  | 'agency_unknown'
  | 'parse_failed'
  | 'read_failed'
  | 'store_failed';

/** Thrown when a file cannot be imported; nothing of it has been written. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode | (string & {});
  readonly file: string;

  constructor(
    code: ImportErrorCode | (string & {}),
    file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.file = file;
  }
}
