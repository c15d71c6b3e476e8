export { type Actor, type AuditEntryInput, appendAudit, recordAudit } from './audit/audit-log.ts';
export { type AuditFilter, listAudit } from './audit/list-audit.ts';
export { BackupError, type BackupErrorCode } from './backup/backup-errors.ts';
export { type BackupResult, backupStore, pgDumpCommand } from './backup/backup-store.ts';
export { pgRestoreCommand, type RestoreResult, restoreStore } from './backup/restore-store.ts';
export { fileInUse, integrityCheck } from './backup/sqlite-file.ts';
export { type CorrectionInput, CorrectionReasonError, correctValue } from './corrections/correct-value.ts';
export { NotCorrectableError } from './corrections/correction-errors.ts';
export { type DataVersion, getDataVersion } from './data-version/data-version.ts';
export type {
  AgencyTable,
  Database,
  DerivedValueTable,
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
export { type BatchResult, importParsedReports, type ParsedFile } from './import/import-batch.ts';
export { ImportError, type ImportErrorCode } from './import/import-error.ts';
export type { ImportFailure, ImportInput, ImportOutcome, ReportParser } from './import/import-outcome.ts';
export {
  DEFAULT_IMPORT_BATCH,
  type ImportPathsOptions,
  type ImportProgress,
  importPaths,
} from './import/import-paths.ts';
export { importParsedReport, importReport } from './import/import-report.ts';
export type { ReportFile } from './import/store-parsed-report.ts';
export { countLedgerEntries } from './ledger/count-ledger-entries.ts';
export { getLedgerRankings, type LedgerRankingFilter } from './ledger/get-ledger-rankings.ts';
export {
  getLedgerSeries,
  LedgerAgencyNotFoundError,
  type LedgerSeriesFilter,
} from './ledger/get-ledger-series.ts';
export { importLedger, type LedgerImportInput } from './ledger/import-ledger.ts';
export {
  type ImportLedgerPathsOptions,
  importLedgerPaths,
  type LedgerFileFailure,
  ledgerFailure,
} from './ledger/import-ledger-paths.ts';
export { LedgerFileError, type LedgerFileErrorCode } from './ledger/ledger-file-error.ts';
export type { LedgerDatabase, LedgerEntryTable, LedgerTables } from './ledger/ledger-tables.ts';
export { LEDGER_EXTENSIONS } from './ledger/read-ledger-file.ts';
export { MigrationError, migrateToLatest } from './migrations/migrate.ts';
export { previewReport, type ReportPreview } from './preview/preview-report.ts';
export { type Aggregation, aggregationOf } from './queries/aggregate-metric.ts';
export { countReports } from './queries/count-reports.ts';
export { changedBetweenEditions, type EditionBreak } from './queries/edition-breaks.ts';
export { type ComparisonFilter, getComparison } from './queries/get-comparison.ts';
export { getRankings, type RankingFilter } from './queries/get-rankings.ts';
export {
  getRegionSeries,
  type ReadModelOptions,
  type RegionSeriesFilter,
} from './queries/get-region-series.ts';
export { getRegionTree } from './queries/get-region-tree.ts';
export { getReport } from './queries/get-report.ts';
export { getSeries, type SeriesFilter, UnknownMetricError } from './queries/get-series.ts';
export { getSeriesResult, type SeriesResultFilter } from './queries/get-series-result.ts';
export { type AgencyFilter, listAgencies } from './queries/list-agencies.ts';
export { listReports, type ReportFilter } from './queries/list-reports.ts';
export { ensureRegionChain } from './regions/ensure-region-chain.ts';
export { normaliseRegionCode, regionCodeChain } from './regions/gbt-code.ts';
export { type RegionLink, regionChainFor } from './regions/region-chain.ts';
export { type RegionRef, type RegionRow, resolveRegion, UnknownRegionError } from './regions/region-ref.ts';
export { type RollupDrift, rebuildRollups, rollupDrift } from './rollups/rebuild-rollups.ts';
export { rerunCrossReportRules, runCrossReportRules, UNITS_SUM_CODES } from './rules/cross-report-rules.ts';
export { refreshDerivedValues } from './rules/derived-values.ts';
export {
  type CreatedSession,
  createSession,
  deleteSession,
  type SessionHolder,
  verifySession,
} from './sessions/sessions.ts';
export { Sqlite3Dialect } from './sqlite/sqlite3-dialect.ts';
export type { Sqlite3DialectConfig } from './sqlite/sqlite3-driver.ts';
export { openStore, parseStoreUrl, type Store, type StoreLocation, StoreUrlError } from './store.ts';
export {
  type CreatedToken,
  createToken,
  hashToken,
  listTokens,
  notExpired,
  revokeToken,
  TokenExpiryError,
  type TokenHolder,
  TokenNameError,
  verifyToken,
} from './tokens/api-tokens.ts';
export { diffReportVersions } from './versions/diff-versions.ts';
export { getReportDetail } from './versions/report-detail.ts';
export {
  NotDeletedError,
  ReportNotFoundError,
  RestoreConflictError,
  VersionNotFoundError,
} from './versions/report-errors.ts';
export { deleteReport, restoreReport } from './versions/report-lifecycle.ts';
export { getReportSource, type ReportSourceFile } from './versions/report-source.ts';
export type { AuditAction, TokenRole, WriteDatabase, WriteTables } from './write-tables.ts';
