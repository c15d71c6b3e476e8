import { zValidator } from '@hono/zod-validator';
import {
  type Actor,
  appendAudit,
  correctValue,
  deleteReport,
  ImportError,
  importReport,
  previewReport,
  type ReportParser,
  restoreReport,
  type Store,
  type TokenHolder,
} from '@nianbao/db';
import {
  type BatchFailureDto,
  type CommitResultDto,
  commitBodySchema,
  correctionBodySchema,
  reasonQuerySchema,
  type UploadPreviewListDto,
} from '@nianbao/schema';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { type AuthEnv, requireRole } from '../auth/require-role.ts';
import { errorBody, validationHook } from '../errors.ts';
import { parseLimitFailure } from '../security/parse-limit-failure.ts';
import type { PreviewCache } from '../uploads/preview-cache.ts';
import { MAX_UPLOAD_BYTES, uploadFormSchema } from '../uploads/upload-form.ts';
import { rethrowAsProblem } from '../write-problems.ts';

const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const valueParam = idParam.extend({ code: z.string().min(1).max(100) });

/** The audit log's "who": the token's name, with its id. */
const actorOf = (holder: TokenHolder): Actor => ({ tokenId: holder.id, name: holder.name });

function failure(file: string, error: unknown, previewId?: string): BatchFailureDto {
  const id = previewId === undefined ? {} : { previewId };
  if (error instanceof ImportError) return { file, ...id, code: error.code, message: error.message };
  throw error;
}

/**
 * Writes: upload preview and commit, soft delete and restore, corrections. Every route needs an
 * editor (or admin) token; the checks run before the body is even read.
 */
export const reportWriteRoutes = (store: Store, previews: PreviewCache, parse?: ReportParser) =>
  new Hono<AuthEnv>()
    .post(
      '/',
      requireRole(store, 'editor'),
      bodyLimit({
        maxSize: MAX_UPLOAD_BYTES,
        onError: (c) =>
          c.json(
            errorBody('payload_too_large', `Uploads are limited to ${MAX_UPLOAD_BYTES} bytes per request.`),
            413,
          ),
      }),
      zValidator('form', uploadFormSchema, validationHook),
      async (c) => {
        const { file: files } = c.req.valid('form');
        const body: UploadPreviewListDto = { results: [], errors: [] };
        const limited: BatchFailureDto[] = [];
        for (const file of files) {
          const bytes = new Uint8Array(await file.arrayBuffer());
          try {
            const preview = await previewReport(store, { fileName: file.name, bytes, parse });
            const { id, expiresAt } = previews.put({ fileName: file.name, bytes });
            body.results.push({ previewId: id, expiresAt: new Date(expiresAt).toISOString(), ...preview });
          } catch (error) {
            const overLimit = parseLimitFailure(file.name, error);
            if (overLimit) limited.push(overLimit);
            body.errors.push(overLimit ?? failure(file.name, error));
          }
        }
        // A parse stopped at its deadline (or refused by a full queue) answers 422 (503) for the
        // request, still listing what became of every file.
        const first = limited[0];
        if (first !== undefined) {
          const status = first.code === 'parse_timeout' ? 422 : 503;
          if (status === 503) c.header('Retry-After', '10');
          return c.json({ ...errorBody(first.code, first.message), ...body }, status);
        }
        return c.json(body);
      },
    )
    .post(
      '/commit',
      requireRole(store, 'editor'),
      zValidator('json', commitBodySchema, validationHook),
      async (c) => {
        const actor = actorOf(c.get('holder'));
        const body: CommitResultDto = { results: [], errors: [] };
        for (const previewId of c.req.valid('json').previews) {
          const pending = previews.get(previewId);
          if (!pending) {
            body.errors.push({
              file: '',
              previewId,
              code: 'preview_not_found',
              message: `No preview ${previewId}: it expired or was already committed; upload the file again.`,
            });
            continue;
          }
          try {
            const outcome = await importReport(store, { ...pending, source: 'upload', parse });
            if (outcome.status === 'imported') {
              // After the import's own transaction: the import pipeline owns that one.
              await appendAudit(store, { action: 'import', reportId: outcome.reportId, actor });
            }
            previews.forget(previewId);
            body.results.push({ previewId, ...outcome });
          } catch (error) {
            body.errors.push(
              parseLimitFailure(pending.fileName, error, previewId) ??
                failure(pending.fileName, error, previewId),
            );
          }
        }
        return c.json(body);
      },
    )
    .delete(
      '/:id',
      requireRole(store, 'editor'),
      zValidator('param', idParam, validationHook),
      zValidator('query', reasonQuerySchema, validationHook),
      async (c) => {
        const { id } = c.req.valid('param');
        const { reason } = c.req.valid('query');
        try {
          return c.json(await deleteReport(store, id, actorOf(c.get('holder')), reason ?? null));
        } catch (error) {
          return rethrowAsProblem(error);
        }
      },
    )
    .post(
      '/:id/restore',
      requireRole(store, 'editor'),
      zValidator('param', idParam, validationHook),
      zValidator('query', reasonQuerySchema, validationHook),
      async (c) => {
        const { id } = c.req.valid('param');
        const { reason } = c.req.valid('query');
        try {
          return c.json(await restoreReport(store, id, actorOf(c.get('holder')), reason ?? null));
        } catch (error) {
          return rethrowAsProblem(error);
        }
      },
    )
    .patch(
      '/:id/values/:code',
      requireRole(store, 'editor'),
      zValidator('param', valueParam, validationHook),
      zValidator('json', correctionBodySchema, validationHook),
      async (c) => {
        const { id, code } = c.req.valid('param');
        const { value, reason } = c.req.valid('json');
        try {
          const actor = actorOf(c.get('holder'));
          return c.json(await correctValue(store, { reportId: id, code, value, reason, actor }));
        } catch (error) {
          return rethrowAsProblem(error);
        }
      },
    );
