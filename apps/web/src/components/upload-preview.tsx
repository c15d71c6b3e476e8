import type { UploadPreviewDto } from '@nianbao/schema';
import type { CatalogueIndex } from '../lib/catalogue-index.ts';
import { sortByCatalogue } from '../lib/catalogue-index.ts';
import { formatValue } from '../lib/format-value.ts';
import { severityLabel, templateLabel } from '../lib/labels.ts';
import { TABLE_LABELS } from '../lib/metric-groups.ts';

const STATUS_TEXT: Record<UploadPreviewDto['status'], (p: UploadPreviewDto) => string> = {
  new: () => '新报告',
  new_version: (p) => `新版本（第 ${p.version} 版，将替换当前版本）`,
  unchanged: () => '与已导入的文件完全相同，无需导入',
};

/** Figures an editor checks first to see the file was read right. */
const HEADLINE = [
  { code: 't3.new.total', label: '新收申请' },
  { code: 't3.total.total', label: '办理申请' },
  { code: 't4.review.total', label: '行政复议' },
  { code: 't2.normative.made', label: '规范性文件' },
];

/** What the server read from an uploaded file: metadata, the tables' values, the findings. */
export function UploadPreview({
  preview,
  catalogue,
}: {
  preview: UploadPreviewDto;
  catalogue: CatalogueIndex;
}) {
  const values = sortByCatalogue(
    Object.entries(preview.values).map(([code, value]) => ({ code, value })),
    catalogue,
  );
  const byTable = new Map<string, typeof values>();
  for (const v of values) {
    const table = catalogue.get(v.code)?.table ?? 'narrative';
    byTable.set(table, [...(byTable.get(table) ?? []), v]);
  }
  const errors = preview.findings.filter((f) => f.severity === 'error').length;
  return (
    <div className="upload-preview" data-testid="upload-preview">
      <dl className="meta-grid compact">
        <dt>机构</dt>
        <dd data-testid="preview-agency">{preview.agency ?? '未识别'}</dd>
        <dt>地区</dt>
        <dd>{preview.region ?? '未识别'}</dd>
        <dt>年度</dt>
        <dd data-testid="preview-year">{preview.year ?? '未识别'}</dd>
        <dt>版式</dt>
        <dd>{templateLabel(preview.template)}</dd>
        <dt>格式 / 编码</dt>
        <dd>
          {preview.format} / {preview.encoding}
        </dd>
        <dt>导入后</dt>
        <dd>{STATUS_TEXT[preview.status](preview)}</dd>
      </dl>
      <ul className="preview-headline">
        {HEADLINE.map(({ code, label }) => {
          if (!(code in preview.values)) return null;
          return (
            <li key={code}>
              <span className="muted">{label}</span>{' '}
              {formatValue(preview.values[code], catalogue.get(code)?.unit ?? '件')}
            </li>
          );
        })}
        <li>
          <span className="muted">读取数值</span> {values.length} 个
        </li>
        <li>
          <span className="muted">正文数字</span> {preview.facts.length} 个
        </li>
      </ul>
      {preview.findings.length > 0 ? (
        <ul className="findings-list" data-testid="preview-findings">
          {preview.findings.map((f) => (
            <li
              key={`${f.rule}|${f.codes.join(',')}|${f.message}`}
              className={`finding finding-${f.severity}`}
            >
              <span className={`marker marker-${f.severity}`}>
                <span className="marker-dot" aria-hidden="true" />
                {severityLabel(f.severity)}
              </span>
              <span className="finding-rule">{f.rule}</span>
              <span className="finding-message">{f.message}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">核对未发现问题。</p>
      )}
      {errors > 0 && (
        <p className="hint">有 {errors} 个错误：导入后该报告的数据会标记为“存疑”，排名默认不计入。</p>
      )}
      <details className="preview-tables">
        <summary>查看读取的表格数值（{values.length}）</summary>
        {[...byTable.entries()].map(([table, rows]) => (
          <table key={table} className="data-table compact-table">
            <caption>{TABLE_LABELS[table as keyof typeof TABLE_LABELS] ?? table}</caption>
            <tbody>
              {rows.map(({ code, value }) => {
                const def = catalogue.get(code);
                return (
                  <tr key={code}>
                    <td>{def?.labelZh ?? code}</td>
                    <td className="num">{formatValue(value, def?.unit ?? '')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </details>
    </div>
  );
}
