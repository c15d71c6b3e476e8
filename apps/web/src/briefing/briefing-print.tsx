import type { ExportItem } from '../export/export-item.ts';
import { generatedLine, itemSource } from '../export/source-line.ts';
import { printedCells } from './briefing-cells.ts';

/**
 * The pack laid out for A4 paper (only shown when printing): a cover, one page per chart with its
 * framed image, summary and table, and a closing page of sources — the PPTX's content.
 */
export function BriefingPrint({
  title,
  generatedAt,
  entries,
  images,
}: {
  title: string;
  generatedAt: string;
  /** The items with the briefing's entry ids (stable keys). */
  entries: readonly { id: string; item: ExportItem }[];
  images: readonly string[];
}) {
  return (
    <div className="briefing-print" data-testid="briefing-print">
      <section className="print-page print-cover">
        <h1>{title}</h1>
        <p className="print-meta">
          {generatedLine(generatedAt)}　共 {entries.length} 幅图表
        </p>
        <ol>
          {entries.map(({ id, item }) => (
            <li key={id}>{item.title}</li>
          ))}
        </ol>
      </section>
      {entries.map(({ id, item }, i) => {
        const { header, rows } = printedCells(item.table);
        return (
          <section className="print-page" key={id}>
            <h2>
              图{i + 1}　{item.title}
            </h2>
            <p className="print-meta">{item.subtitle}</p>
            {images[i] !== undefined && <img className="print-chart" src={images[i]} alt={item.title} />}
            <p className="print-summary">{item.summary.join('')}</p>
            <table className="print-table">
              <thead>
                <tr>
                  {header.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, r) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are a fixed snapshot
                  <tr key={r}>
                    {row.map((cell, c) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are a fixed snapshot
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <section className="print-page print-sources">
        <h2>数据来源与说明</h2>
        <ol>
          {entries.map(({ id, item }) => (
            <li key={id}>
              {item.title}：{itemSource(item).line.replace(/^数据来源：/, '')}
              {itemSource(item).notes.map((note) => `；${note}`)}
            </li>
          ))}
        </ol>
        <p>
          数字取自各单位公开发布的政府信息公开工作年度报告，经自动识别与核对；比率在分母为零或缺失时记为“无法计算”。
        </p>
      </section>
    </div>
  );
}
