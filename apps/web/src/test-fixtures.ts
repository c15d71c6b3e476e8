import type { AgencyDto, MetricDef, ReportSummaryDto } from '@nianbao/schema';

/** A catalogue entry for tests; only what a test cares about needs to be given. */
export function metricDef(overrides: Partial<MetricDef> & Pick<MetricDef, 'code'>): MetricDef {
  return {
    labelZh: overrides.code,
    labelEn: overrides.code,
    unit: '件',
    table: 't2',
    section: '二、主动公开政府信息情况',
    group: '第二十条第（一）项',
    editions: ['2019', '2021'],
    labels: [],
    ...overrides,
  };
}

/** An agency row for tests. */
export function agencyDto(overrides: Partial<AgencyDto> & Pick<AgencyDto, 'id' | 'name'>): AgencyDto {
  return { kind: 'government_office', regionName: '嵩县', regionCode: null, reportCount: 1, ...overrides };
}

/** A report list row for tests. */
export function reportSummary(
  overrides: Partial<ReportSummaryDto> & Pick<ReportSummaryDto, 'id'>,
): ReportSummaryDto {
  return {
    agencyId: 1,
    agencyName: '嵩县人民政府办公室',
    regionName: '嵩县',
    year: 2020,
    template: '2019',
    fileName: 'songxian-2020-zfb.txt',
    importedAt: new Date(2024, 2, 1, 8, 30).toISOString(),
    source: 'real',
    findingCounts: { error: 0, warning: 0, info: 0 },
    ...overrides,
  };
}
