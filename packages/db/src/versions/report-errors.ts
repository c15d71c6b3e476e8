/** No live report has this id (it never existed or is soft-deleted). */
export class ReportNotFoundError extends Error {
  override readonly name = 'ReportNotFoundError';
  readonly code = 'report_not_found';

  constructor(readonly reportId: number) {
    super(`No report with id ${reportId}.`);
  }
}

/** The report has no version with this number among the versions of its agency and year. */
export class VersionNotFoundError extends Error {
  override readonly name = 'VersionNotFoundError';
  readonly code = 'version_not_found';

  constructor(
    readonly reportId: number,
    readonly version: number,
  ) {
    super(`Report ${reportId} has no version ${version} (see its versions list).`);
  }
}

/** A deleted report cannot come back: a live report with the same bytes exists. */
export class RestoreConflictError extends Error {
  override readonly name = 'RestoreConflictError';
  readonly code = 'duplicate_report';

  constructor(
    readonly reportId: number,
    readonly liveReportId: number,
  ) {
    super(`Report ${reportId} cannot be restored: report ${liveReportId} holds the same file.`);
  }
}

/** The report exists but is not deleted, so there is nothing to restore. */
export class NotDeletedError extends Error {
  override readonly name = 'NotDeletedError';
  readonly code = 'report_not_deleted';

  constructor(readonly reportId: number) {
    super(`Report ${reportId} is not deleted.`);
  }
}
