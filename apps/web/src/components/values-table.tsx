import type { ValueDto } from '@nianbao/schema';
import { type CatalogueIndex, sortByCatalogue } from '../lib/catalogue-index.ts';
import { formatCell } from '../lib/format-value.ts';

/** The printed table cells of a report: code, Chinese label, value with unit (空 for blank cells). */
export function ValuesTable({
  values,
  catalogue,
  selected,
  onLocate,
}: {
  values: readonly ValueDto[];
  catalogue: CatalogueIndex;
  /** Code whose source span is highlighted, if any. */
  selected?: string | undefined;
  onLocate?: ((value: ValueDto) => void) | undefined;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table values-table" data-testid="values-table">
        <thead>
          <tr>
            <th scope="col">代码</th>
            <th scope="col">指标</th>
            <th scope="col" className="num">
              数值
            </th>
            <th scope="col">原文</th>
          </tr>
        </thead>
        <tbody>
          {sortByCatalogue(values, catalogue).map((value) => {
            const def = catalogue.get(value.code);
            return (
              <tr key={value.code} className={value.code === selected ? 'selected' : undefined}>
                <td>
                  <code>{value.code}</code>
                </td>
                <td>{def?.labelZh ?? '（目录中无此指标）'}</td>
                <td className={value.blank && value.value === null ? 'num value-blank' : 'num'}>
                  {formatCell(value.value, value.blank, def?.unit ?? '')}
                </td>
                <td>
                  {value.start !== null && onLocate !== undefined ? (
                    <button type="button" className="link-button" onClick={() => onLocate(value)}>
                      定位
                    </button>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
