import { zValidator } from '@hono/zod-validator';
import {
  getLedgerRankings,
  getLedgerSeries,
  importLedger,
  LedgerAgencyNotFoundError,
  LedgerFileError,
  ledgerFailure,
  type Store,
} from '@nianbao/db';
import {
  LEDGER_LEVEL_LABELS,
  type LedgerImportDto,
  type LedgerRankingDto,
  type LedgerSeriesDto,
  ledgerRankingQuerySchema,
  ledgerSeriesQuerySchema,
} from '@nianbao/schema';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { type AuthEnv, requireRole } from '../auth/require-role.ts';
import { ApiProblem, errorBody, validationHook } from '../errors.ts';
import { exportable } from '../formats/exportable.ts';
import { tableModel } from '../formats/table-model.ts';
import { MAX_UPLOAD_BYTES, uploadFormSchema } from '../uploads/upload-form.ts';
import { analyticsProblem, regionRefOf } from './regions.ts';

/** Query of POST /api/ledger: the year of rows whose file states none. */
/** Query of POST /api/ledger: the year of rows that name none. */
export const ledgerUploadQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

const MEASURE_LABELS = { submitted: '报送', adopted: '采用', rate: '采用率' } as const;
const demoMark = (demo: boolean) => (demo ? '（演示数据）' : '');

/** The months a ranking covers, as its title says them: `2024年3月` or `2024年1—3月`. */
function period(dto: LedgerRankingDto): string {
  if (dto.year === null) return '无数据';
  if (dto.fromMonth === null || dto.toMonth === null) return `${dto.year}年`;
  return dto.fromMonth === dto.toMonth
    ? `${dto.year}年${dto.toMonth}月`
    : `${dto.year}年${dto.fromMonth}—${dto.toMonth}月`;
}

/** GET /api/ledger/rankings as a table; demo data says so in the title and in every row. */
export function ledgerRankingTable(dto: LedgerRankingDto) {
  const level = (key: keyof typeof LEDGER_LEVEL_LABELS) => ({
    header: `${LEDGER_LEVEL_LABELS[key]}采用`,
    unit: '条',
    value: (r: LedgerRankingDto['rows'][number]) => r.adoptedByLevel?.[key] ?? null,
  });
  return tableModel(
    `信息报送排名_${period(dto)}${demoMark(dto.sources.includes('demo'))}`,
    [
      { header: `${MEASURE_LABELS[dto.by]}排名`, value: (r) => r.ranks[dto.by] },
      { header: '单位', value: (r) => r.agencyName },
      { header: '地区', value: (r) => r.regionName },
      { header: '报送', unit: '条', value: (r) => r.submitted },
      { header: '采用', unit: '条', value: (r) => r.adopted },
      { header: '采用率', unit: '%', value: (r) => r.rate },
      { header: '报送排名', value: (r) => r.ranks.submitted },
      { header: '采用排名', value: (r) => r.ranks.adopted },
      { header: '采用率排名', value: (r) => r.ranks.rate },
      level('city'),
      level('province'),
      level('national'),
      { header: '有数据月数', unit: '个', value: (r) => r.months },
      { header: '数据来源', value: (r) => (r.demo ? '演示数据' : '导入台账') },
    ],
    dto.rows,
  );
}

/** GET /api/ledger/series as a table: one row per month. */
export function ledgerSeriesTable(dto: LedgerSeriesDto) {
  const demo = dto.sources.includes('demo');
  return tableModel(
    `信息报送趋势_${dto.agency.name}_${dto.year ?? '无数据'}年${demoMark(demo)}`,
    [
      { header: '月份', value: (p) => `${p.month}月` },
      { header: '报送', unit: '条', value: (p) => p.submitted },
      { header: '采用', unit: '条', value: (p) => p.adopted },
      { header: '采用率', unit: '%', value: (p) => p.rate },
      { header: '年累计报送', unit: '条', value: (p) => p.ytdSubmitted },
      { header: '年累计采用', unit: '条', value: (p) => p.ytdAdopted },
      { header: '年累计采用率', unit: '%', value: (p) => p.ytdRate },
      { header: '数据来源', value: () => (demo ? '演示数据' : '导入台账') },
    ],
    dto.points,
  );
}

/**
 * The information-adoption ledger: import monthly spreadsheets (editors), rank units by items
 * submitted, adopted and adoption rate for a month or the year to date, and follow one unit's year.
 */
export const ledgerRoutes = (store: Store) =>
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
      zValidator('query', ledgerUploadQuerySchema, validationHook),
      zValidator('form', uploadFormSchema, validationHook),
      async (c) => {
        const { year } = c.req.valid('query');
        const body: LedgerImportDto = { results: [], errors: [] };
        for (const file of c.req.valid('form').file) {
          const bytes = new Uint8Array(await file.arrayBuffer());
          try {
            body.results.push(
              await importLedger(store, { fileName: file.name, bytes, source: 'upload', year }),
            );
          } catch (error) {
            if (!(error instanceof LedgerFileError)) throw error;
            body.errors.push(ledgerFailure(file.name, error));
          }
        }
        return c.json(body);
      },
    )
    .get(
      '/rankings',
      zValidator('query', ledgerRankingQuerySchema, validationHook),
      exportable(ledgerRankingTable),
      async (c) => {
        const query = c.req.valid('query');
        const ranking = await getLedgerRankings(store, {
          year: query.year,
          month: query.month,
          scope: query.scope,
          region: regionRefOf(query),
          kind: query.kind,
          by: query.by,
          order: query.order,
        }).catch((error: unknown) => {
          throw analyticsProblem(error);
        });
        return c.json(ranking);
      },
    )
    .get(
      '/series',
      zValidator('query', ledgerSeriesQuerySchema, validationHook),
      exportable(ledgerSeriesTable),
      async (c) => {
        const query = c.req.valid('query');
        const series = await getLedgerSeries(store, { agencyId: query.agency, year: query.year }).catch(
          (error: unknown) => {
            if (error instanceof LedgerAgencyNotFoundError)
              throw new ApiProblem(404, error.code, error.message);
            throw error;
          },
        );
        return c.json(series);
      },
    );
