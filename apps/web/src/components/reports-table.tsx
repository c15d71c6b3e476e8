import type { ReportSummaryDto } from '@nianbao/schema';
import { Link, useNavigate } from 'react-router';
import { formatDateTime, templateLabel } from '../lib/labels.ts';
import { FindingsMarker } from './findings-marker.tsx';

/** The reports list; a row opens the report (the agency name is the keyboard-reachable link). */
export function ReportsTable({ reports }: { reports: readonly ReportSummaryDto[] }) {
  const navigate = useNavigate();
  return (
    <div className="table-scroll">
      <table className="data-table reports-table" data-testid="reports-table">
        <thead>
          <tr>
            <th scope="col">机构</th>
            <th scope="col">地区</th>
            <th scope="col" className="num">
              年度
            </th>
            <th scope="col">版式</th>
            <th scope="col">文件</th>
            <th scope="col">导入时间</th>
            <th scope="col">问题</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id} className="clickable" onClick={() => navigate(`/reports/${report.id}`)}>
              <td>
                <Link to={`/reports/${report.id}`} onClick={(event) => event.stopPropagation()}>
                  {report.agencyName}
                </Link>
              </td>
              <td>{report.regionName ?? '—'}</td>
              <td className="num">{report.year ?? '—'}</td>
              <td>
                <span className={`badge badge-template-${report.template}`}>
                  {templateLabel(report.template)}
                </span>
              </td>
              <td className="file-name" title={report.fileName}>
                {report.fileName}
              </td>
              <td className="nowrap">{formatDateTime(report.importedAt)}</td>
              <td>
                <FindingsMarker counts={report.findingCounts} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
