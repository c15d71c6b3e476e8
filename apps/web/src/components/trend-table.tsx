import { formatValue } from '../lib/format-value.ts';
import type { ChartData } from '../lib/series-rows.ts';

/** The chart's numbers as a table: one row per year, one column per agency, values with unit. */
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
              {data.lines.map((line) => (
                <td key={line.key} className="num">
                  {formatValue(row[line.key], unit)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
