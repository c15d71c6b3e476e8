import type { Fact } from '@nianbao/schema';
import type { CatalogueIndex } from '../lib/catalogue-index.ts';
import { formatValue } from '../lib/format-value.ts';

/** Figures stated in the report's prose, with the metric they were recognised as. */
export function FactsTable({
  facts,
  catalogue,
  onLocate,
}: {
  facts: readonly Fact[];
  catalogue: CatalogueIndex;
  onLocate?: ((fact: Fact) => void) | undefined;
}) {
  if (facts.length === 0) return <p className="muted">正文中没有识别到数字。</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="facts-table">
        <thead>
          <tr>
            <th scope="col">原文表述</th>
            <th scope="col" className="num">
              数值
            </th>
            <th scope="col">对应指标</th>
            <th scope="col">原文</th>
          </tr>
        </thead>
        <tbody>
          {facts.map((fact) => (
            <tr key={`${fact.start}-${fact.end}`}>
              <td>{fact.label}</td>
              <td className="num">
                {fact.approximate === true ? '约 ' : ''}
                {formatValue(fact.value, fact.unit)}
              </td>
              <td>
                {fact.code === null ? (
                  <span className="muted">未归类</span>
                ) : (
                  (catalogue.get(fact.code)?.labelZh ?? fact.code)
                )}
              </td>
              <td>
                {onLocate !== undefined ? (
                  <button type="button" className="link-button" onClick={() => onLocate(fact)}>
                    定位
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
