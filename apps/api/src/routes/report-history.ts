import { zValidator } from '@hono/zod-validator';
import { diffReportVersions, getReportSource, type Store } from '@nianbao/db';
import { reportDiffQuerySchema } from '@nianbao/schema';
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiProblem, validationHook } from '../errors.ts';
import { contentDisposition } from '../formats/content-disposition.ts';
import { rethrowAsProblem } from '../write-problems.ts';

const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

const MEDIA_TYPES: Record<string, string> = {
  txt: 'text/plain',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The media type of a stored file; text types name the charset the file was decoded with. */
function mediaType(format: string, encoding: string): string {
  const type = MEDIA_TYPES[format] ?? 'application/octet-stream';
  return type.startsWith('text/') ? `${type}; charset=${encoding}` : type;
}

/** A report's original file and the value-level diff between its versions. */
export const reportHistoryRoutes = (store: Store) =>
  new Hono()
    .get('/:id/source', zValidator('param', idParam, validationHook), async (c) => {
      const { id } = c.req.valid('param');
      const source = await getReportSource(store, id);
      if (!source) throw new ApiProblem(404, 'report_not_found', `No report with id ${id}.`);
      return c.body(source.bytes, 200, {
        'Content-Type': mediaType(source.format, source.encoding),
        'Content-Disposition': contentDisposition(source.fileName),
        // A stored HTML report is shown as a download, never run as a page of this origin.
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Repr-Digest': `sha-256=:${Buffer.from(source.sha256, 'hex').toString('base64')}:`,
      });
    })
    .get(
      '/:id/diff',
      zValidator('param', idParam, validationHook),
      zValidator('query', reportDiffQuerySchema, validationHook),
      async (c) => {
        const { id } = c.req.valid('param');
        const { from } = c.req.valid('query');
        try {
          return c.json(await diffReportVersions(store, id, from));
        } catch (error) {
          return rethrowAsProblem(error);
        }
      },
    );
