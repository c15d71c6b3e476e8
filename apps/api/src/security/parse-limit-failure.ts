import { ImportError } from '@nianbao/db';
import type { BatchFailureDto } from '@nianbao/schema';
import { ParseBusyError, ParseTimeoutError } from './parse-errors.ts';

/**
 * The batch entry of a file whose parse hit a limit (deadline or full queue), or undefined for any
 * other failure. The import pipeline wraps such errors as `parse_failed`; the cause tells them apart.
 */
export function parseLimitFailure(
  file: string,
  error: unknown,
  previewId?: string,
): BatchFailureDto | undefined {
  const cause = error instanceof ImportError ? error.cause : error;
  const id = previewId === undefined ? {} : { previewId };
  if (cause instanceof ParseTimeoutError) return { file, ...id, code: cause.code, message: cause.message };
  if (cause instanceof ParseBusyError) return { file, ...id, code: cause.code, message: cause.message };
  return undefined;
}
