import type { ReportDetailDto } from '@nianbao/schema';
import type { CatalogueIndex } from '../lib/catalogue-index.ts';
import { severityLabel } from '../lib/labels.ts';

type FindingDto = ReportDetailDto['findings'][number];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Labels listed before the rest is folded away (a blank-cell note can name over a hundred cells). */
const SHOWN_CODES = 6;

function InvolvedCodes({ codes, catalogue }: { codes: readonly string[]; catalogue: CatalogueIndex }) {
  const labels = codes.map((code) => catalogue.get(code)?.labelZh ?? code);
  if (labels.length <= SHOWN_CODES) return <span className="finding-codes">涉及：{labels.join('、')}</span>;
  return (
    <details className="finding-codes">
      <summary>
        涉及：{labels.slice(0, SHOWN_CODES).join('、')} 等 {labels.length} 项
      </summary>
      {labels.join('、')}
    </details>
  );
}

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
          {finding.codes.length > 0 && <InvolvedCodes codes={finding.codes} catalogue={catalogue} />}
        </li>
      ))}
    </ul>
  );
}
