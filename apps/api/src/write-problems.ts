import {
  CorrectionReasonError,
  NotCorrectableError,
  NotDeletedError,
  ReportNotFoundError,
  RestoreConflictError,
  TokenNameError,
  VersionNotFoundError,
} from '@nianbao/db';
import { ApiProblem } from './errors.ts';

/**
 * Rethrows the store's expected failures as API problems (status, stable code, the store's precise
 * message); anything else goes on to the app's error handler as the unexpected error it is.
 */
export function rethrowAsProblem(error: unknown): never {
  if (error instanceof ReportNotFoundError || error instanceof VersionNotFoundError) {
    throw new ApiProblem(404, error.code, error.message);
  }
  if (error instanceof RestoreConflictError || error instanceof NotDeletedError) {
    throw new ApiProblem(409, error.code, error.message);
  }
  if (
    error instanceof NotCorrectableError ||
    error instanceof CorrectionReasonError ||
    error instanceof TokenNameError
  ) {
    throw new ApiProblem(400, error.code, error.message);
  }
  throw error;
}
