export type {
  AgencyTable,
  Database,
  FactTable,
  FindingTable,
  RegionLevel,
  RegionTable,
  ReportFormat,
  ReportSource,
  ReportStatus,
  ReportTable,
  ReportValueTable,
  SqlDialectName,
} from './database.ts';
export { REPORT_EXTENSIONS } from './import/collect-files.ts';
export { ImportError, type ImportErrorCode } from './import/import-error.ts';
export type { ImportFailure, ImportInput, ImportOutcome } from './import/import-outcome.ts';
export { type ImportPathsOptions, type ImportProgress, importPaths } from './import/import-paths.ts';
export { importReport } from './import/import-report.ts';
export { MigrationError, migrateToLatest } from './migrations/migrate.ts';
export { countReports } from './queries/count-reports.ts';
export { getReport } from './queries/get-report.ts';
export { getSeries, type SeriesFilter, UnknownMetricError } from './queries/get-series.ts';
export { type AgencyFilter, listAgencies } from './queries/list-agencies.ts';
export { listReports, type ReportFilter } from './queries/list-reports.ts';
export { Sqlite3Dialect } from './sqlite/sqlite3-dialect.ts';
export type { Sqlite3DialectConfig } from './sqlite/sqlite3-driver.ts';
export { openStore, parseStoreUrl, type Store, type StoreLocation, StoreUrlError } from './store.ts';
