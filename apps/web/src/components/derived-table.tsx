import type { CatalogueIndex } from '../lib/catalogue-index.ts';
import { sortByCatalogue } from '../lib/catalogue-index.ts';
import { formatValue } from '../lib/format-value.ts';

/** Computed indicators of a report; a ratio without a denominator reads —. */
export function DerivedTable({
  derived,
  catalogue,
}: {
  derived: Readonly<Record<string, number | null>>;
  catalogue: CatalogueIndex;
}) {
  const rows = sortByCatalogue(
    Object.entries(derived).map(([code, value]) => ({ code, value })),
    catalogue,
  );
  if (rows.length === 0) return <p className="muted">没有计算指标。</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="derived-table">
        <thead>
          <tr>
            <th scope="col">代码</th>
            <th scope="col">指标</th>
            <th scope="col" className="num">
              数值
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ code, value }) => {
            const def = catalogue.get(code);
            return (
              <tr key={code}>
                <td>
                  <code>{code}</code>
                </td>
                <td>{def?.labelZh ?? '（目录中无此指标）'}</td>
                <td className="num">{formatValue(value, def?.unit ?? '')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
