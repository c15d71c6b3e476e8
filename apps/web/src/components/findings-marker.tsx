import type { ReportSummaryDto } from '@nianbao/schema';

/** Error and warning counts of a report with colored markers; a clean report reads 无. */
export function FindingsMarker({ counts }: { counts: ReportSummaryDto['findingCounts'] }) {
  if (counts.error === 0 && counts.warning === 0) return <span className="findings findings-none">无</span>;
  return (
    <span className="findings">
      {counts.error > 0 && (
        <span className="marker marker-error" title={`${counts.error} 个错误`}>
          <span className="marker-dot" aria-hidden="true" />
          错误 {counts.error}
        </span>
      )}
      {counts.warning > 0 && (
        <span className="marker marker-warning" title={`${counts.warning} 个警告`}>
          <span className="marker-dot" aria-hidden="true" />
          警告 {counts.warning}
        </span>
      )}
    </span>
  );
}
