/** The code names no value an editor can set: unknown, computed (sums, `d.*`) or a narrative fact. */
export class NotCorrectableError extends Error {
  override readonly name = 'NotCorrectableError';
  readonly code = 'not_correctable';

  constructor(
    readonly metric: string,
    reason: string,
  ) {
    super(`${metric} cannot be corrected: ${reason}`);
  }
}
