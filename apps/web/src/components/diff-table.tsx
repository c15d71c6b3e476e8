import type { ReportDiffDto } from '@nianbao/schema';
import type { CatalogueIndex } from '../lib/catalogue-index.ts';
import { formatValue } from '../lib/format-value.ts';

const CHANGE_LABELS = { changed: '数值变化', added: '新增', removed: '删除' } as const;

/** Values that differ between an older version and this one. */
export function DiffTable({ diff, catalogue }: { diff: ReportDiffDto; catalogue: CatalogueIndex }) {
  if (diff.changes.length === 0)
    return (
      <p className="muted" data-testid="diff-empty">
        第 {diff.from.version} 版与第 {diff.to.version} 版的数值完全相同。
      </p>
    );
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="diff-table">
        <caption>
          第 {diff.from.version} 版 → 第 {diff.to.version} 版：{diff.changes.length} 处不同
        </caption>
        <thead>
          <tr>
            <th scope="col">指标</th>
            <th scope="col">变化</th>
            <th scope="col" className="num">
              第 {diff.from.version} 版
            </th>
            <th scope="col" className="num">
              第 {diff.to.version} 版
            </th>
          </tr>
        </thead>
        <tbody>
          {diff.changes.map((change) => {
            const def = catalogue.get(change.code);
            const unit = def?.unit ?? '';
            return (
              <tr key={change.code}>
                <td>
                  {def?.labelZh ?? change.code} <code className="muted">{change.code}</code>
                </td>
                <td>{CHANGE_LABELS[change.change]}</td>
                <td className="num">{formatValue(change.before, unit)}</td>
                <td className="num">{formatValue(change.after, unit)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
