import type { ComparisonDto } from '@nianbao/schema';
import type { RegionRef } from './region-tree.ts';

/** One bar of a comparison: an agency's report or a region's reports summed. */
export interface CompareUnit {
  key: string;
  name: string;
  values: Readonly<Record<string, number | null>>;
  /** Reports behind the unit with error findings (0 or 1 for an agency). */
  flaggedCount: number;
  /** Reports behind the unit (1 for an agency). */
  reportCount: number;
  /** An agency's report, to open it. */
  reportId?: number | undefined;
  /** A sub-region, to drill into it. */
  region?: RegionRef | undefined;
}

/** The comparison rows as units; a region's own agencies (scope `own`) are named 本级. */
export function compareUnits(dto: ComparisonDto): CompareUnit[] {
  if (dto.groupBy === 'agency') {
    return dto.rows.map((row) => ({
      key: `a${row.agencyId}`,
      name: row.agencyName,
      values: row.values,
      flaggedCount: row.flagged ? 1 : 0,
      reportCount: 1,
      reportId: row.reportId,
    }));
  }
  return dto.rows.map((row) => ({
    key: `r${row.regionId}${row.scope === 'own' ? 'own' : ''}`,
    name: row.scope === 'own' ? `${row.regionName}（本级）` : row.regionName,
    values: row.values,
    flaggedCount: row.flaggedCount,
    reportCount: row.reportCount,
    region:
      row.scope === 'own'
        ? undefined
        : row.regionCode === null
          ? { region: undefined, regionId: row.regionId }
          : { region: row.regionCode, regionId: undefined },
  }));
}

/**
 * Units in the order a bar chart draws them: largest value first, units without a value last (by
 * name), at most `limit` of them.
 */
export function topUnits(units: readonly CompareUnit[], metric: string, limit: number): CompareUnit[] {
  const collator = new Intl.Collator('zh-CN');
  return [...units]
    .sort((a, b) => {
      const x = a.values[metric] ?? null;
      const y = b.values[metric] ?? null;
      if (x === null || y === null) return x === y ? collator.compare(a.name, b.name) : x === null ? 1 : -1;
      return y - x || collator.compare(a.name, b.name);
    })
    .slice(0, limit);
}

/** Chart rows for one metric: the unit's name (marked when flagged) and its value. */
export function barRows(units: readonly CompareUnit[], metric: string) {
  return units.map((unit) => ({
    key: unit.key,
    name: unit.flaggedCount > 0 ? `⚠ ${unit.name}` : unit.name,
    value: unit.values[metric] ?? null,
    flagged: unit.flaggedCount > 0,
  }));
}
