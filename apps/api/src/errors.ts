import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

/** An expected failure with a stable machine code and a precise message for API callers. */
export class ApiProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

/** Renders the single error shape every endpoint uses: `{ error: { code, message } }`. */
export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** Turns zod issues into one readable line naming each offending parameter. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

/** zod-validator hook: a 400 with the shared error shape instead of the library's default body. */
export function validationHook(
  result: { success: true } | { success: false; error: z.core.$ZodError },
  c: Context,
) {
  if (!result.success) {
    return c.json(errorBody('invalid_request', describeIssues(result.error)), 400);
  }
  return undefined;
}
