import type { AgencyKind, Severity, Template } from '@nianbao/schema';
import type { ColumnType, Generated, SqlBool } from 'kysely';

/** Which SQL engine a store runs on; migrations and a few queries differ by it. */
export type SqlDialectName = 'sqlite' | 'postgres';

/** Administrative level of a region (GB/T 2260 and below). */
export type RegionLevel = 'province' | 'city' | 'county' | 'township';
/** Where a stored report came from. */
export type ReportSource = 'real' | 'demo' | 'upload';
/** `flagged` when the checker found at least one error. */
export type ReportStatus = 'ok' | 'flagged';
/** The file format a report was read from. */
export type ReportFormat = 'txt' | 'html' | 'docx' | 'pdf';

/** Booleans come back as 0/1 from SQLite and as true/false from PostgreSQL. */
type Flag = ColumnType<SqlBool, boolean, boolean>;

export interface RegionTable {
  id: Generated<number>;
  name: string;
  /** GB/T 2260 code; null until known. */
  code: string | null;
  level: RegionLevel | null;
  parent_id: number | null;
}

export interface AgencyTable {
  id: Generated<number>;
  name: string;
  kind: AgencyKind;
  region_id: number | null;
}

export interface ReportTable {
  id: Generated<number>;
  agency_id: number;
  /** The statistics year the report is about. */
  year: number | null;
  template: Template;
  file_name: string;
  sha256: string;
  /** The original file, kept so a report can always be re-read or downloaded. */
  bytes: Uint8Array;
  /** The decoded text that provenance offsets point into. */
  text: string;
  encoding: string;
  format: ReportFormat;
  source: ReportSource;
  version: number;
  is_current: Flag;
  /** ISO 8601 UTC timestamp. */
  imported_at: string;
  status: ReportStatus;
  deleted_at: string | null;
}

export interface ReportValueTable {
  report_id: number;
  code: string;
  value: number | null;
  /** The cell was printed but empty. */
  blank: Flag;
  start: number | null;
  end: number | null;
  table: string | null;
  row: number | null;
  col: number | null;
}

export interface FactTable {
  id: Generated<number>;
  report_id: number;
  label: string;
  value: number;
  unit: string;
  code: string | null;
  start: number;
  end: number;
  approximate: Flag;
}

/** A category sum or `d.*` metric of one report, computed at import so rankings can read it directly. */
export interface DerivedValueTable {
  report_id: number;
  code: string;
  /** Null for a ratio whose denominator is zero or missing. */
  value: number | null;
}

export interface FindingTable {
  id: Generated<number>;
  report_id: number;
  rule: string;
  severity: Severity;
  message: string;
  /** JSON array of metric codes. */
  codes: string;
}

/**
 * Sums of one metric over the current reports of one year whose agencies are counted under one
 * region (county, city or province: see rollups/rollup-keys.ts) and are of one kind, maintained
 * by every write so that region series and comparisons read a few rows instead of every report.
 * The code '' counts reports (`reports`) and flagged ones (`flagged`).
 */
export interface RegionRollupTable {
  code: string;
  region_id: number;
  year: number;
  kind: AgencyKind;
  /** Sum of the metric (a ratio's numerator) over the reports counted in `reports`. */
  total: number;
  /** A ratio's denominator summed over the same reports; 0 for other metrics. */
  den: number;
  /** Reports that carry the metric (a ratio: both of its sides). */
  reports: number;
  /** Reports that carry any input of the metric and have an error finding (status flagged). */
  flagged: number;
  /** Reports of each edition that carry any input of the metric (for the point's edition). */
  editions_2019: number;
  editions_2021: number;
}

/** The rollup key (region and kind) an agency's reports are counted under; region null: none. */
export interface RollupAgencyTable {
  agency_id: number;
  region_id: number | null;
  kind: AgencyKind;
}

/** Regions whose place in the tree changed since the rollup keys were last settled. */
export interface RollupDirtyRegionTable {
  region_id: number;
}

/** The Kysely schema of a Nianbao store. */
export interface Database {
  regions: RegionTable;
  agencies: AgencyTable;
  reports: ReportTable;
  report_values: ReportValueTable;
  facts: FactTable;
  findings: FindingTable;
  derived_values: DerivedValueTable;
  region_rollups: RegionRollupTable;
  rollup_agencies: RollupAgencyTable;
  rollup_dirty_regions: RollupDirtyRegionTable;
}
