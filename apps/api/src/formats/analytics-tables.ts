import { type ComparisonDto, metricByCode, type RankingDto } from '@nianbao/schema';
import { type TableCell, type TableColumn, type TableModel, tableModel } from './table-model.ts';

const LEVEL_LABELS: Record<string, string> = { province: '省', city: '市', county: '县', township: '乡镇' };
const yesNo = (flag: boolean) => (flag ? '是' : '否');

/** The header of a metric's column: its Chinese label, with its unit. */
function metricColumn<Row>(code: string, value: (row: Row) => TableCell, prefix = ''): TableColumn<Row> {
  const metric = metricByCode(code);
  return { header: `${prefix}${metric?.labelZh ?? code}`, unit: metric?.unit, value };
}

/** GET /api/rankings as a table: one row per agency, in rank order. */
export function rankingTable(dto: RankingDto) {
  const unit = metricByCode(dto.metric)?.unit;
  return tableModel<RankingDto['rows'][number]>(
    `排名_${dto.year}_${metricByCode(dto.metric)?.labelZh ?? dto.metric}`,
    [
      { header: '名次', value: (r) => r.rank },
      { header: '机构编号', value: (r) => r.agencyId },
      { header: '机构名称', value: (r) => r.agencyName },
      { header: '地区', value: (r) => r.regionName },
      { header: '报告编号', value: (r) => r.reportId },
      metricColumn(dto.metric, (r) => r.value),
      { header: '上年值', unit, value: (r) => r.previousValue },
      { header: '上年名次', value: (r) => r.previousRank },
      { header: '变化', unit, value: (r) => r.change },
      { header: '存在错误', value: (r) => yesNo(r.flagged) },
    ],
    dto.rows,
  );
}

/**
 * GET /api/compare as a table: agencies or regions down, the chosen metrics across, each header
 * with its unit. Rows are flattened to cell lists because the two groupings have different fields.
 */
export function comparisonTable(dto: ComparisonDto): TableModel<readonly TableCell[]> {
  const title = `对比_${dto.year}`;
  const metricColumns = (offset: number) =>
    dto.metrics.map((code, i) => metricColumn<readonly TableCell[]>(code, (r) => r[offset + i]));
  if (dto.groupBy === 'agency') {
    const fixed: TableColumn<readonly TableCell[]>[] = [
      '机构编号',
      '机构名称',
      '地区',
      '报告编号',
      '存在错误',
    ].map((header, i) => ({ header, value: (r) => r[i] }));
    const rows = dto.rows.map((r) => [
      r.agencyId,
      r.agencyName,
      r.regionName,
      r.reportId,
      yesNo(r.flagged),
      ...dto.metrics.map((code) => r.values[code] ?? null),
    ]);
    return tableModel<readonly TableCell[]>(title, [...fixed, ...metricColumns(fixed.length)], rows);
  }
  const fixed: TableColumn<readonly TableCell[]>[] = [
    { header: '地区编号', value: (r) => r[0] },
    { header: '地区代码', value: (r) => r[1] },
    { header: '地区名称', value: (r) => r[2] },
    { header: '层级', value: (r) => r[3] },
    { header: '范围', value: (r) => r[4] },
    { header: '报告数', unit: '份', value: (r) => r[5] },
    { header: '存在错误的报告', unit: '份', value: (r) => r[6] },
  ];
  const rows = dto.rows.map((r) => [
    r.regionId,
    r.regionCode,
    r.regionName,
    r.level === null ? null : (LEVEL_LABELS[r.level] ?? r.level),
    r.scope === 'own' ? '本级' : '含下级',
    r.reportCount,
    r.flaggedCount,
    ...dto.metrics.map((code) => r.values[code] ?? null),
  ]);
  return tableModel<readonly TableCell[]>(title, [...fixed, ...metricColumns(fixed.length)], rows);
}
