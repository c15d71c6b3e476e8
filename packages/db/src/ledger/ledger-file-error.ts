/** Why a whole ledger file was not imported (row-level problems are reported per row instead). */
export type LedgerFileErrorCode =
  | 'unsupported_format'
  | 'unreadable'
  | 'empty_file'
  | 'undecodable'
  | 'no_header'
  | 'no_year'
  | 'read_failed';

/** Thrown when a ledger file cannot be imported at all; nothing of it has been written. */
export class LedgerFileError extends Error {
  override readonly name = 'LedgerFileError';

  constructor(
    readonly code: LedgerFileErrorCode,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${message}`, options);
  }
}
