import { useId, useState } from 'react';
import { briefingActions } from '../briefing/briefing-store.ts';
import type { ChartItem } from './chart-items.ts';
import type { ExportAction } from './export-actions.ts';
import { fetchProvenance, type ProvenanceScope } from './export-api.ts';
import type { ExportItem } from './export-item.ts';
import { EXPORT_SIZES, type ExportSize, exportSize } from './export-sizes.ts';
import './export.css';

/** Completes a chart item with the reports behind it and the moment of export. */
export async function completeItem(item: ChartItem, scope: ProvenanceScope | undefined): Promise<ExportItem> {
  return {
    ...item,
    provenance: scope === undefined ? undefined : await fetchProvenance(scope),
    generatedAt: new Date().toISOString(),
    page: `${location.pathname}${location.search}`,
  };
}

/**
 * Under a chart: its generated summary and the 导出 menu (PNG and SVG at fixed sizes with title,
 * filters, unit, source and warnings; CSV and Excel of exactly the numbers drawn; pin to 简报).
 */
export function ChartExport({
  item,
  scope,
  compact = false,
}: {
  item: ChartItem;
  /** The reports behind the chart; none for data that is not from reports (the item names its source). */
  scope?: ProvenanceScope | undefined;
  /** Under a small multiple: the menu only (the summary still goes with exports and pins). */
  compact?: boolean | undefined;
}) {
  const [sizeId, setSizeId] = useState<ExportSize['id']>('slide');
  // Radio groups are per document: charts with the same title must not share one.
  const group = useId();
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const act = (action: ExportAction | 'pin') => async () => {
    setBusy(true);
    setStatus('正在生成…');
    try {
      const full = await completeItem(item, scope);
      if (action === 'pin') {
        setStatus(briefingActions.pin(full) ? '已加入简报' : '简报已满或浏览器存储已满，未能加入');
      } else {
        // Drawing, fonts and file formats load with the first export, not with the page.
        const { runExport } = await import('./export-actions.ts');
        setStatus(await runExport(action, full, exportSize(sizeId)));
      }
    } catch (error) {
      setStatus(`导出失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="chart-export" data-testid="chart-export">
      {!compact && item.summary.length > 0 && (
        <p className="chart-summary" data-testid="chart-summary">
          {item.summary.join('')}
        </p>
      )}
      <details className="export-menu">
        <summary className="button">导出</summary>
        <section className="export-menu-body" aria-label={`导出“${item.title}”`}>
          <fieldset className="export-size">
            <legend>图片尺寸</legend>
            {EXPORT_SIZES.map((size) => (
              <label key={size.id} className="radio">
                <input
                  type="radio"
                  name={group}
                  checked={sizeId === size.id}
                  onChange={() => setSizeId(size.id)}
                />
                {size.label}（{size.width * 2}×{size.height * 2}）
              </label>
            ))}
          </fieldset>
          <div className="export-actions">
            <button type="button" className="button" disabled={busy} onClick={act('png')} data-export="png">
              PNG 图片
            </button>
            <button type="button" className="button" disabled={busy} onClick={act('svg')} data-export="svg">
              SVG 矢量图
            </button>
            <button type="button" className="button" disabled={busy} onClick={act('csv')} data-export="csv">
              CSV 数据
            </button>
            <button type="button" className="button" disabled={busy} onClick={act('xlsx')} data-export="xlsx">
              Excel 数据
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={act('pin')}
              data-export="pin"
            >
              加入简报
            </button>
          </div>
          <p className="export-status" role="status" data-testid="export-status">
            {status}
          </p>
        </section>
      </details>
    </div>
  );
}
