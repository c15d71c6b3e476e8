import type { CorrectedValueDto, ValueDto } from '@nianbao/schema';
import { type CatalogueIndex, sortByCatalogue } from '../lib/catalogue-index.ts';
import { formatCell } from '../lib/format-value.ts';
import { formatDateTime } from '../lib/labels.ts';

/** A stored value; the correction fields are present once the API reports corrections. */
export type TableValue = ValueDto &
  Partial<Pick<CorrectedValueDto, 'corrected' | 'extracted' | 'correction'>>;

function correctionTitle(value: TableValue, unit: string): string {
  const parts = [`原提取值：${formatCell(value.extracted ?? null, false, unit)}`];
  if (value.correction !== undefined) {
    parts.push(`理由：${value.correction.reason}`);
    parts.push(`${value.correction.by}，${formatDateTime(value.correction.at)}`);
  }
  return parts.join('\n');
}

/**
 * The printed table cells of a report: code, Chinese label, value with unit (空 for blank cells).
 * A value with a source span is a button that brings its cell into view in the source text.
 */
export function ValuesTable({
  values,
  catalogue,
  selected,
  onLocate,
  onCorrect,
}: {
  values: readonly TableValue[];
  catalogue: CatalogueIndex;
  /** Code whose source span is highlighted, if any. */
  selected?: string | undefined;
  onLocate?: ((value: TableValue) => void) | undefined;
  /** Set for editors: opens the correction form for a value. */
  onCorrect?: ((value: TableValue) => void) | undefined;
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
            {onCorrect !== undefined && <th scope="col">更正</th>}
          </tr>
        </thead>
        <tbody>
          {sortByCatalogue(values, catalogue).map((value) => {
            const def = catalogue.get(value.code);
            const unit = def?.unit ?? '';
            const text = formatCell(value.value, value.blank, unit);
            const blank = value.blank && value.value === null;
            return (
              <tr
                key={value.code}
                data-code={value.code}
                className={value.code === selected ? 'selected' : undefined}
              >
                <td>
                  <code>{value.code}</code>
                </td>
                <td>{def?.labelZh ?? '（目录中无此指标）'}</td>
                <td className={blank ? 'num value-blank' : 'num'}>
                  {value.start !== null && onLocate !== undefined ? (
                    <button
                      type="button"
                      className="value-button"
                      title="在原文中定位"
                      aria-label={`${text}，在原文中定位`}
                      onClick={() => onLocate(value)}
                    >
                      {text}
                    </button>
                  ) : (
                    <span title="原文中没有对应位置">{text}</span>
                  )}
                  {value.corrected === true && (
                    <span className="badge badge-corrected" title={correctionTitle(value, unit)}>
                      已更正
                    </span>
                  )}
                </td>
                {onCorrect !== undefined && (
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`更正 ${def?.labelZh ?? value.code}`}
                      onClick={() => onCorrect(value)}
                    >
                      更正
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
