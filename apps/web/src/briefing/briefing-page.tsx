import { useState } from 'react';
import { Link } from 'react-router';
import { ChartView } from '../export/chart-view.tsx';
import { exportFileName, saveBlob } from '../export/download.ts';
import { exportSize } from '../export/export-sizes.ts';
import { itemSource } from '../export/source-line.ts';
import { briefingImages } from './briefing-images.ts';
import { presented } from './briefing-list.ts';
import { BriefingPrint } from './briefing-print.tsx';
import { briefingActions, useBriefing } from './briefing-store.ts';
import { buildPptx } from './build-pptx.ts';
import './briefing.css';

interface PrintJob {
  generatedAt: string;
  images: string[];
}

/** 简报: the pinned charts in order, titled by the user, made into a PPTX or printed as a PDF. */
export function BriefingPage() {
  const briefing = useBriefing();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [print, setPrint] = useState<PrintJob | undefined>();
  const items = briefing.entries.map(presented);

  const work = async (label: string, task: () => Promise<string>) => {
    setBusy(true);
    setStatus(`${label}…`);
    try {
      setStatus(await task());
    } catch (error) {
      setStatus(`生成失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const progress = (done: number) => setStatus(`正在绘制图表（${done} / ${items.length}）…`);

  const makePptx = () =>
    work('正在生成 PPTX', async () => {
      const generatedAt = new Date().toISOString();
      const images = await briefingImages(items, exportSize('slide'), progress);
      const blob = await buildPptx({ title: briefing.title, generatedAt, items, images });
      saveBlob(blob, exportFileName(briefing.title, generatedAt, 'pptx'));
      return `已生成 PPTX（${items.length + 2} 页起）`;
    });

  const makePdf = () =>
    work('正在准备打印版', async () => {
      const images = await briefingImages(items, exportSize('a4half'), progress);
      setPrint({ generatedAt: new Date().toISOString(), images });
      // Print once the layout with its images is on the page (two frames: commit, then paint).
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await Promise.all(
        [...document.querySelectorAll<HTMLImageElement>('.briefing-print img')].map((img) => img.decode()),
      );
      window.print();
      return '已打开打印：目标选“另存为 PDF”，纸张 A4';
    });

  return (
    <section className="page briefing-page">
      <header className="page-header">
        <h1>简报</h1>
        <p className="subtitle">
          在各页图表的“导出”菜单中选“加入简报”，在这里排序、命名，一键生成 PPTX 或 PDF。
        </p>
      </header>
      <div className="briefing-toolbar">
        <label className="field briefing-title">
          <span>简报标题</span>
          <input
            type="text"
            value={briefing.title}
            maxLength={60}
            onChange={(event) => briefingActions.setTitle(event.target.value)}
          />
        </label>
        <button
          type="button"
          className="button button-primary"
          disabled={busy || items.length === 0}
          onClick={makePptx}
        >
          生成 PPTX
        </button>
        <button type="button" className="button" disabled={busy || items.length === 0} onClick={makePdf}>
          导出 PDF（A4 打印）
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || items.length === 0}
          onClick={() => {
            if (window.confirm('清空简报中的全部图表？')) briefingActions.clear();
          }}
        >
          清空
        </button>
        <p className="briefing-status" role="status" data-testid="briefing-status">
          {status}
        </p>
      </div>

      {items.length === 0 ? (
        <div className="empty-state">
          <p className="state-title">简报还是空的</p>
          <p>
            到 <Link to="/trends">趋势</Link>、<Link to="/compare">对比</Link> 或{' '}
            <Link to="/review">复议诉讼</Link> 页面，在图表下方的“导出”菜单中选择“加入简报”。
          </p>
        </div>
      ) : (
        <ol className="briefing-entries" data-testid="briefing-entries">
          {briefing.entries.map((entry, index) => (
            <li key={entry.id} className="panel briefing-entry" data-testid="briefing-entry">
              <div className="briefing-entry-head">
                <span className="briefing-number">图{index + 1}</span>
                <label className="briefing-entry-title">
                  <span className="visually-hidden">图{index + 1} 标题</span>
                  <input
                    type="text"
                    defaultValue={entry.title}
                    maxLength={80}
                    onBlur={(event) => briefingActions.retitle(entry.id, event.target.value)}
                  />
                </label>
                <div className="briefing-entry-actions">
                  <button
                    type="button"
                    className="button"
                    disabled={index === 0}
                    onClick={() => briefingActions.move(entry.id, -1)}
                  >
                    上移
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={index === briefing.entries.length - 1}
                    onClick={() => briefingActions.move(entry.id, 1)}
                  >
                    下移
                  </button>
                  <button type="button" className="button" onClick={() => briefingActions.remove(entry.id)}>
                    移除
                  </button>
                </div>
              </div>
              <p className="muted">
                {entry.item.subtitle}　<Link to={entry.item.page}>打开原页面</Link>
              </p>
              <div className="briefing-preview">
                <ChartView spec={entry.item.chart} title={entry.title} />
              </div>
              <p className="chart-summary">{entry.item.summary.join('')}</p>
              <p className="hint">
                {itemSource(entry.item).line}
                {itemSource(entry.item).notes.map((note) => `；${note}`)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {print !== undefined && (
        <BriefingPrint
          title={briefing.title}
          generatedAt={print.generatedAt}
          entries={briefing.entries.map((entry) => ({ id: entry.id, item: presented(entry) }))}
          images={print.images}
        />
      )}
    </section>
  );
}
