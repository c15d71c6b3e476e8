import type { SeriesResultDto } from '@nianbao/schema';
import type { RegionRef } from './region-tree.ts';
import { buildChartData, type ChartData, type LineInput, lineKey, regionLineKey } from './series-rows.ts';
import { areaToken } from './trend-params.ts';

/** Where the 2021 edition changed what a metric counts, as a chart marks it. */
export interface EditionMarker {
  year: number;
  label: string;
}

/**
 * Reshapes GET /api/series into chart data: region lines first in the order asked for, then agency
 * lines in the order asked for; anything the server added beyond that comes last.
 */
export function seriesResultToChart(
  dto: Pick<SeriesResultDto, 'series' | 'regions'>,
  areas: readonly RegionRef[],
  agencies: readonly number[],
): ChartData {
  const areaOrder = areas.map(areaToken);
  const position = (list: readonly (string | number | undefined)[], item: string | number) => {
    const at = list.indexOf(item);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  const regionLines: LineInput[] = [...dto.regions]
    .map((r) => {
      const token = r.regionCode ?? `id${r.regionId}`;
      const byId = `id${r.regionId}`;
      const at = Math.min(position(areaOrder, token), position(areaOrder, byId));
      return {
        at,
        line: {
          key: regionLineKey(token),
          regionCode: token,
          name: r.regionName,
          // A region's figure is questionable when any report summed into it has error findings.
          points: r.points.map((p) => ({ ...p, flagged: p.flaggedCount > 0 })),
        },
      };
    })
    .sort((a, b) => a.at - b.at)
    .map((r) => r.line);
  const agencyLines: LineInput[] = [...dto.series]
    .sort((a, b) => position(agencies, a.agencyId) - position(agencies, b.agencyId))
    .map((s) => ({ key: lineKey(s.agencyId), agencyId: s.agencyId, name: s.agencyName, points: s.points }));
  return buildChartData([...regionLines, ...agencyLines]);
}

/** The edition breaks of a series as chart markers, one per year. */
export function editionMarkers(
  dto: Pick<SeriesResultDto, 'editionBreaks' | 'changedBetweenEditions'>,
): EditionMarker[] {
  if (!dto.changedBetweenEditions) return [];
  const years = [...new Set(dto.editionBreaks.map((b) => b.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const editions = dto.editionBreaks.filter((b) => b.year === year).map((b) => `${b.from}版→${b.to}版`);
    return { year, label: `口径变化（${[...new Set(editions)].join('、')}）` };
  });
}
