/** A parse ran past its deadline; its worker thread was terminated. */
export class ParseTimeoutError extends Error {
  override readonly name = 'ParseTimeoutError';
  readonly code = 'parse_timeout';

  constructor(
    readonly fileName: string,
    readonly timeoutMs: number,
  ) {
    super(`${fileName}: reading the file took longer than ${timeoutMs / 1000} s and was stopped`);
  }
}

/** Every parser worker is busy and the queue of waiting files is full. */
export class ParseBusyError extends Error {
  override readonly name = 'ParseBusyError';
  readonly code = 'parse_busy';
}
