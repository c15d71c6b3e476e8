import {
  AGENCY_KIND_LABELS,
  type AgencyDto,
  type AuditListDto,
  metricByCode,
  type ReportListDto,
} from '@nianbao/schema';
import { type TableModel, tableModel } from './table-model.ts';

const SOURCE_LABELS: Record<string, string> = { real: '真实报告', demo: '演示数据', upload: '上传' };
const ACTION_LABELS: Record<string, string> = {
  import: '导入',
  correct: '更正',
  delete: '删除',
  restore: '恢复',
};

/** GET /api/reports as a table: one page of reports, as the JSON has it. */
export function reportListTable(dto: ReportListDto) {
  return tableModel(
    '报告列表',
    [
      { header: '报告编号', value: (r) => r.id },
      { header: '机构编号', value: (r) => r.agencyId },
      { header: '机构名称', value: (r) => r.agencyName },
      { header: '地区', value: (r) => r.regionName },
      { header: '年度', value: (r) => r.year },
      { header: '模板版本', value: (r) => r.template },
      { header: '文件名', value: (r) => r.fileName },
      { header: '导入时间', value: (r) => r.importedAt },
      { header: '来源', value: (r) => SOURCE_LABELS[r.source] ?? r.source },
      { header: '错误', unit: '条', value: (r) => r.findingCounts.error },
      { header: '警告', unit: '条', value: (r) => r.findingCounts.warning },
      { header: '提示', unit: '条', value: (r) => r.findingCounts.info },
    ],
    dto.reports,
  );
}

/** GET /api/agencies as a table. */
export function agencyListTable(dto: { agencies: readonly AgencyDto[] }) {
  return tableModel(
    '机构列表',
    [
      { header: '机构编号', value: (a) => a.id },
      { header: '机构名称', value: (a) => a.name },
      { header: '机构类型', value: (a) => AGENCY_KIND_LABELS[a.kind] },
      { header: '地区', value: (a) => a.regionName },
      { header: '地区代码', value: (a) => a.regionCode },
      { header: '报告数', unit: '份', value: (a) => a.reportCount },
    ],
    dto.agencies,
  );
}

/** The parts of a series answer a table needs: agency lines and, when asked for, region lines. */
export interface SeriesLike {
  metric: string;
  series: readonly {
    agencyId: number;
    agencyName: string;
    points: readonly { year: number; value: number | null; reportId: number }[];
  }[];
  regions?: readonly {
    regionId: number;
    regionCode: string | null;
    regionName: string;
    points: readonly { year: number; value: number | null; reportCount: number }[];
  }[];
}

interface SeriesRow {
  kind: '机构' | '地区';
  id: number;
  name: string;
  code: string | null;
  year: number;
  value: number | null;
  reportId: number | null;
  reportCount: number;
}

/** GET /api/series as a long table: one row per line and year, the metric's name and unit in the header. */
export function seriesTable(dto: SeriesLike): TableModel<SeriesRow> {
  const metric = metricByCode(dto.metric);
  const rows: SeriesRow[] = [
    ...dto.series.flatMap((line) =>
      line.points.map((p) => ({
        kind: '机构' as const,
        id: line.agencyId,
        name: line.agencyName,
        code: null,
        year: p.year,
        value: p.value,
        reportId: p.reportId,
        reportCount: 1,
      })),
    ),
    ...(dto.regions ?? []).flatMap((line) =>
      line.points.map((p) => ({
        kind: '地区' as const,
        id: line.regionId,
        name: line.regionName,
        code: line.regionCode,
        year: p.year,
        value: p.value,
        reportId: null,
        reportCount: p.reportCount,
      })),
    ),
  ];
  return tableModel(
    `趋势_${metric?.labelZh ?? dto.metric}`,
    [
      { header: '类别', value: (r) => r.kind },
      { header: '编号', value: (r) => r.id },
      { header: '名称', value: (r) => r.name },
      { header: '地区代码', value: (r) => r.code },
      { header: '年度', value: (r) => r.year },
      { header: metric?.labelZh ?? dto.metric, unit: metric?.unit, value: (r) => r.value },
      { header: '报告编号', value: (r) => r.reportId },
      { header: '报告数', unit: '份', value: (r) => r.reportCount },
    ],
    rows,
  );
}

/** GET /api/audit as a table. */
export function auditTable(dto: AuditListDto) {
  return tableModel(
    '修改记录',
    [
      { header: '记录编号', value: (e) => e.id },
      { header: '时间', value: (e) => e.at },
      { header: '操作', value: (e) => ACTION_LABELS[e.action] ?? e.action },
      { header: '报告编号', value: (e) => e.reportId },
      { header: '指标代码', value: (e) => e.code },
      { header: '原值', value: (e) => e.oldValue },
      { header: '新值', value: (e) => e.newValue },
      { header: '原因', value: (e) => e.reason },
      { header: '操作人', value: (e) => e.actor.name },
      { header: '令牌编号', value: (e) => e.actor.tokenId },
    ],
    dto.entries,
  );
}
