import { zValidator } from '@hono/zod-validator';
import type { Store } from '@nianbao/db';
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiProblem, validationHook } from '../errors.ts';
import { CjkSubsetter, FontUnavailableError, MAX_SUBSET_CHARS } from './briefing-font.ts';
import { chartProvenance, provenanceQuerySchema } from './briefing-provenance.ts';
import { analyticsProblem } from './regions.ts';

/** Query of GET /api/briefing/font. */
export const fontQuerySchema = z.object({
  /** The characters an export draws; order and repeats do not matter. */
  text: z
    .string()
    .min(1)
    .max(20_000)
    .refine(
      (text) => new Set(text).size <= MAX_SUBSET_CHARS,
      `at most ${MAX_SUBSET_CHARS} distinct characters`,
    ),
});

export interface BriefingRouteOptions {
  /** The CJK font collection subsets are cut from (default: Debian's Noto Sans CJK). */
  fontFile?: string | undefined;
}

/**
 * What chart exports need from the server: the provenance of a chart's scope (its source line and
 * warnings), and a subset of a CJK font so an exported SVG keeps its Chinese text on any machine.
 */
export const briefingRoutes = (store: Store, options: BriefingRouteOptions = {}) => {
  const subsetter = new CjkSubsetter({ file: options.fontFile });
  return new Hono()
    .get('/provenance', zValidator('query', provenanceQuerySchema, validationHook), async (c) => {
      const query = c.req.valid('query');
      if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
        throw new ApiProblem(400, 'invalid_range', `from (${query.from}) is after to (${query.to}).`);
      }
      const provenance = await chartProvenance(store, query).catch((error: unknown) => {
        throw analyticsProblem(error);
      });
      return c.json(provenance);
    })
    .get('/font', zValidator('query', fontQuerySchema, validationHook), async (c) => {
      const font = await subsetter.subset(c.req.valid('query').text).catch((error: unknown) => {
        if (error instanceof FontUnavailableError)
          throw new ApiProblem(503, 'font_unavailable', error.message);
        throw error;
      });
      return c.body(new Uint8Array(font), 200, { 'Content-Type': 'font/woff2' });
    });
};
