import { formatValue } from '../lib/format-value.ts';
import { type ChartData, flagKey } from '../lib/series-rows.ts';
import { QualityFlag } from './quality-flag.tsx';

/**
 * The chart's numbers as a table: one row per year, one column per line, values with unit. A region's
 * value says how many reports were summed into it.
 */
export function TrendTable({ data, unit, caption }: { data: ChartData; unit: string; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table trend-table" data-testid="trend-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">年度</th>
            {data.lines.map((line) => (
              <th key={line.key} scope="col" className="num">
                {line.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {data.lines.map((line) => {
                const reports = data.reportCounts?.get(flagKey(line.key, row.year));
                return (
                  <td key={line.key} className="num">
                    {formatValue(row[line.key], unit)}
                    {data.flagged?.has(flagKey(line.key, row.year)) && <QualityFlag compact />}
                    {reports !== undefined && reports > 0 && (
                      <span className="cell-note">（{reports} 份）</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
