import {
  agencyDtoSchema,
  agencyFilterQuerySchema,
  auditListDtoSchema,
  auditQuerySchema,
  commitBodySchema,
  commitResultDtoSchema,
  compareQuerySchema,
  comparisonDtoSchema,
  correctionBodySchema,
  correctionResultDtoSchema,
  createdTokenDtoSchema,
  ledgerImportDtoSchema,
  ledgerRankingDtoSchema,
  ledgerRankingQuerySchema,
  ledgerSeriesDtoSchema,
  ledgerSeriesQuerySchema,
  rankingDtoSchema,
  rankingQuerySchema,
  reasonQuerySchema,
  regionTreeDtoSchema,
  reportDetailWithVersionsDtoSchema,
  reportDiffDtoSchema,
  reportDiffQuerySchema,
  reportListDtoSchema,
  reportListQuerySchema,
  reportStateDtoSchema,
  seriesFilterQuerySchema,
  seriesResultDtoSchema,
  tokenCreateBodySchema,
  tokenDtoSchema,
  uploadPreviewListDtoSchema,
} from '@nianbao/schema';
import { z } from 'zod';
import { fontQuerySchema } from '../routes/briefing.ts';
import { provenanceDtoSchema, provenanceQuerySchema } from '../routes/briefing-provenance.ts';
import { ledgerUploadQuerySchema } from '../routes/ledger.ts';
import { SESSION_OPERATIONS } from '../security/session-operations.ts';
import { MAX_FILES_PER_UPLOAD } from '../uploads/upload-form.ts';
import type { OperationDoc } from './operation-doc.ts';

const id = z.object({ id: z.coerce.number().int().positive() });
const valueRef = id.extend({ code: z.string().describe('指标代码，如 t2.normative.made') });
const uploadBody = z.object({
  file: z
    .array(z.string().meta({ format: 'binary' }))
    .min(1)
    .max(MAX_FILES_PER_UPLOAD)
    .describe('报告文件，可重复多次（txt、html、docx、pdf）'),
});

/**
 * What the OpenAPI document says about each route. A route without an entry is still listed (the
 * document is built from the app's real routes), only without schemas: add an entry next to a new
 * route to describe it.
 */
export const OPERATIONS: readonly OperationDoc[] = [
  {
    method: 'get',
    path: '/api/health',
    tag: '系统',
    summary: '服务状态与报告数',
    response: z.object({ status: z.literal('ok'), reports: z.number().int() }),
  },
  {
    method: 'get',
    path: '/api/metrics',
    tag: '指标',
    summary: '指标目录（代码、中英文名称、单位、版本、公式）',
  },
  {
    method: 'get',
    path: '/api/agencies',
    tag: '机构',
    summary: '机构列表（按名称、类型、地区筛选）',
    query: agencyFilterQuerySchema,
    response: z.object({ agencies: z.array(agencyDtoSchema) }),
    exportable: true,
  },
  {
    method: 'get',
    path: '/api/reports',
    tag: '报告',
    summary: '报告列表（筛选、分页）',
    query: reportListQuerySchema,
    response: reportListDtoSchema,
    exportable: true,
  },
  {
    method: 'get',
    path: '/api/reports/:id',
    tag: '报告',
    summary: '单份报告：数值及出处、更正、事实、校验结果、全部版本',
    params: id,
    response: reportDetailWithVersionsDtoSchema,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/reports/:id/source',
    tag: '报告',
    summary: '下载报告原始文件（原样字节）',
    params: id,
    produces: 'application/octet-stream',
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/reports/:id/diff',
    tag: '报告',
    summary: '与同一机构同一年度另一版本的逐项差异',
    description: '`from` 为对比的版本号；结果列出变化、新增、删除的指标（按代码排序）。',
    params: id,
    query: reportDiffQuerySchema,
    response: reportDiffDtoSchema,
    errors: [404],
  },
  {
    method: 'post',
    path: '/api/reports',
    tag: '报告',
    summary: '上传预览：解析一个或多个文件，不写入数据库',
    description:
      '每个成功解析的文件得到一个 previewId（在服务器内存中保留 30 分钟），用 /api/reports/commit 入库。' +
      '文件在工作线程中解析，超过时限（默认 30 秒）返回 422 `parse_timeout`；单个文件、文件数和请求大小的上限见 SECURITY.md（413）。',
    body: { contentType: 'multipart/form-data', schema: uploadBody },
    response: uploadPreviewListDtoSchema,
    role: 'editor',
    errors: [413, 422, 429],
  },
  {
    method: 'post',
    path: '/api/reports/commit',
    tag: '报告',
    summary: '将预览过的文件入库',
    body: { contentType: 'application/json', schema: commitBodySchema },
    response: commitResultDtoSchema,
    role: 'editor',
  },
  {
    method: 'delete',
    path: '/api/reports/:id',
    tag: '报告',
    summary: '删除报告（可恢复）',
    params: id,
    query: reasonQuerySchema,
    response: reportStateDtoSchema,
    role: 'editor',
    errors: [404],
  },
  {
    method: 'post',
    path: '/api/reports/:id/restore',
    tag: '报告',
    summary: '恢复已删除的报告',
    params: id,
    query: reasonQuerySchema,
    response: reportStateDtoSchema,
    role: 'editor',
    errors: [404, 409],
  },
  {
    method: 'patch',
    path: '/api/reports/:id/values/:code',
    tag: '更正',
    summary: '更正一个数值（必须说明原因）',
    description:
      '原始提取值保留；读取时返回更正后的值，并带 extracted 与 corrected: true。每次更正写入修改记录。',
    params: valueRef,
    body: { contentType: 'application/json', schema: correctionBodySchema },
    response: correctionResultDtoSchema,
    role: 'editor',
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/audit',
    tag: '更正',
    summary: '修改记录（分页，可按报告、操作筛选）',
    query: auditQuerySchema,
    response: auditListDtoSchema,
    exportable: true,
  },
  {
    method: 'get',
    path: '/api/series',
    tag: '分析',
    summary: '趋势：一个指标在多个机构或地区、多个年度的取值',
    description:
      '地区的值为其下属机构当前报告的汇总，并给出每个点背后的报告数；指标口径在 2019、2021 版之间变化处标出。',
    query: seriesFilterQuerySchema,
    response: seriesResultDtoSchema,
    exportable: true,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/regions',
    tag: '分析',
    summary: '地区树（省、市、县、乡镇，GB/T 2260 代码）及报告数',
    response: regionTreeDtoSchema,
  },
  {
    method: 'get',
    path: '/api/compare',
    tag: '分析',
    summary: '对比：同一年度多个机构或下级地区的多个指标',
    query: compareQuerySchema,
    response: comparisonDtoSchema,
    exportable: true,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/rankings',
    tag: '分析',
    summary: '排名：同一年度按一个指标排序，并列同名次，附上年名次与变化',
    query: rankingQuerySchema,
    response: rankingDtoSchema,
    exportable: true,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/tokens',
    tag: '令牌',
    summary: '令牌列表（不含令牌本身）',
    response: z.object({ tokens: z.array(tokenDtoSchema) }),
    role: 'admin',
  },
  {
    method: 'post',
    path: '/api/tokens',
    tag: '令牌',
    summary: '创建令牌（令牌只在此响应中出现一次）',
    body: { contentType: 'application/json', schema: tokenCreateBodySchema },
    response: createdTokenDtoSchema,
    status: 201,
    role: 'admin',
  },
  {
    method: 'delete',
    path: '/api/tokens/:id',
    tag: '令牌',
    summary: '吊销令牌',
    params: id,
    response: z.object({ id: z.number().int(), revoked: z.literal(true) }),
    role: 'admin',
    errors: [404],
  },
  {
    method: 'post',
    path: '/api/ledger',
    tag: '台账',
    summary: '导入政务信息报送台账（CSV 或 .xlsx，每月一份），逐行校验',
    description:
      '有效行入库（同一单位同一月份覆盖先前导入），问题行连同行号与原因返回，空行、合计行和说明行列为跳过。' +
      '无法读取或找不到表头的文件列在 errors 中，不影响其他文件。',
    query: ledgerUploadQuerySchema,
    body: {
      contentType: 'multipart/form-data',
      schema: z.object({
        file: z
          .array(z.string().meta({ format: 'binary' }))
          .min(1)
          .max(MAX_FILES_PER_UPLOAD)
          .describe('台账文件，可重复多次（csv、xlsx）'),
      }),
    },
    response: ledgerImportDtoSchema,
    role: 'editor',
    errors: [413, 429],
  },
  {
    method: 'get',
    path: '/api/ledger/rankings',
    tag: '台账',
    summary: '信息报送排名：按报送数、采用数或采用率排列单位（当月或年初至今）',
    query: ledgerRankingQuerySchema,
    response: ledgerRankingDtoSchema,
    exportable: true,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/ledger/series',
    tag: '台账',
    summary: '一个单位一年中每月的报送、采用与采用率',
    query: ledgerSeriesQuerySchema,
    response: ledgerSeriesDtoSchema,
    exportable: true,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/briefing/provenance',
    tag: '简报',
    summary: '图表出处：所选范围的数据来源说明与质量提示（导出图表时附在图下）',
    query: provenanceQuerySchema,
    response: provenanceDtoSchema,
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/briefing/font',
    tag: '简报',
    summary: '中文字体子集（WOFF2），导出的 SVG 内嵌后在任何机器上都能显示',
    query: fontQuerySchema,
    produces: 'font/woff2',
    errors: [503],
  },
  { method: 'get', path: '/api/openapi.json', tag: '系统', summary: '本 OpenAPI 3.1 文档' },
  { method: 'get', path: '/api/docs', tag: '系统', summary: 'API 文档页面', produces: 'text/html' },
  ...SESSION_OPERATIONS,
];
