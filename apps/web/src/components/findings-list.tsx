import type { ReportDetailDto } from '@nianbao/schema';
import type { CatalogueIndex } from '../lib/catalogue-index.ts';
import { severityLabel } from '../lib/labels.ts';

type FindingDto = ReportDetailDto['findings'][number];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Consistency findings of a report, most severe first. */
export function FindingsList({
  findings,
  catalogue,
}: {
  findings: readonly FindingDto[];
  catalogue: CatalogueIndex;
}) {
  if (findings.length === 0) return <p className="muted">核对未发现问题。</p>;
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return (
    <ul className="findings-list" data-testid="findings-list">
      {sorted.map((finding) => (
        <li
          key={`${finding.rule}|${finding.codes.join(',')}|${finding.message}`}
          className={`finding finding-${finding.severity}`}
        >
          <span className={`marker marker-${finding.severity}`}>
            <span className="marker-dot" aria-hidden="true" />
            {severityLabel(finding.severity)}
          </span>
          <span className="finding-rule">{finding.rule}</span>
          <span className="finding-message">{finding.message}</span>
          {finding.codes.length > 0 && (
            <span className="finding-codes">
              涉及：
              {finding.codes.map((code) => catalogue.get(code)?.labelZh ?? code).join('、')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
