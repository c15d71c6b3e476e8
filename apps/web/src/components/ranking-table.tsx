import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { formatNumber, formatValue, NO_VALUE } from '../lib/format-value.ts';
import {
  barWidth,
  type RankingRow,
  type RankingSortKey,
  rankMove,
  type SortDirection,
} from '../lib/ranking-sort.ts';
import { QualityFlag } from './quality-flag.tsx';

const ROW_HEIGHT = 40;
/** Rows before the loaded end at which the next page is asked for (a few screens of scrolling). */
const LOAD_AHEAD = 60;

const COLUMNS: { key: RankingSortKey; label: string; numeric: boolean }[] = [
  { key: 'rank', label: '名次', numeric: true },
  { key: 'name', label: '机构', numeric: false },
  { key: 'value', label: '数值', numeric: true },
  { key: 'previousValue', label: '上年数值', numeric: true },
  { key: 'change', label: '变化', numeric: true },
  { key: 'move', label: '名次升降', numeric: true },
];

function MoveCell({ row }: { row: RankingRow }) {
  if (row.rank === null) return <span className="muted">{NO_VALUE}</span>;
  const move = rankMove({ rank: row.rank, previousRank: row.previousRank });
  if (move === null) return <span className="muted">新上榜</span>;
  const previous = `上年第 ${row.previousRank} 名`;
  if (move === 0)
    return (
      <span className="move move-flat" title={previous}>
        持平
      </span>
    );
  return (
    <span className={move > 0 ? 'move move-up' : 'move move-down'} title={previous}>
      {move > 0 ? `↑ ${move}` : `↓ ${-move}`}
      <span className="visually-hidden">{move > 0 ? '名，上升' : '名，下降'}</span>
    </span>
  );
}

/**
 * The ranking as a virtualised table: only the rows in view are in the DOM, so thousands of agencies
 * scroll smoothly. `rows` are the rows loaded so far (from the first); the table is as tall as
 * `total` rows, rows not loaded yet are drawn as placeholders, and `onNearEnd` asks for more as the
 * view nears the loaded end. Column headers sort; each value carries a bar scaled to `valueScale`.
 */
export function RankingTable({
  rows,
  total = rows.length,
  valueScale,
  unit,
  sort,
  direction,
  onSort,
  onNearEnd,
  height = 600,
}: {
  rows: readonly RankingRow[];
  /** Rows of the whole ranking (default: the rows given). */
  total?: number;
  /** Largest absolute value of the whole ranking: a full bar. */
  valueScale: number;
  unit: string;
  sort: RankingSortKey;
  direction: SortDirection;
  onSort: (key: RankingSortKey) => void;
  onNearEnd?: (() => void) | undefined;
  height?: number;
}) {
  const scrollRef = useRef<HTMLElement>(null);
  const count = Math.max(total, rows.length);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Without layout (tests, first paint) assume the box's own height so the first rows render.
    initialRect: { width: 1000, height },
  });

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const lastInView = items.at(-1)?.index ?? 0;
  const loaded = rows.length;
  const wantsMore = loaded < count && lastInView >= loaded - LOAD_AHEAD;
  // Runs again whenever a page lands (loaded changes), so a jump far ahead loads page after page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` is the trigger, see above
  useEffect(() => {
    if (wantsMore) onNearEnd?.();
  }, [wantsMore, loaded, onNearEnd]);

  return (
    <section
      className="ranking-scroll"
      ref={scrollRef}
      style={{ maxHeight: height }}
      // A scrolling region must be focusable to be scrolled without a mouse.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
      tabIndex={0}
      aria-label="排名表，可滚动"
    >
      <table
        className="data-table ranking-table"
        data-testid="ranking-table"
        data-rows={count}
        data-loaded={loaded}
      >
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={`col-${column.key}${column.numeric ? ' num' : ''}`}
                  aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                >
                  <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                    {column.label}
                    {column.key === 'value' || column.key === 'previousValue' || column.key === 'change'
                      ? `（${unit === '%' && column.key === 'change' ? '百分点' : unit}）`
                      : ''}
                    <span className="sort-mark" aria-hidden="true">
                      {active ? (direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col" className="col-flag">
              质量
            </th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr className="spacer" style={{ height: before }}>
              <td colSpan={COLUMNS.length + 1} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined)
              return (
                <tr
                  key={`placeholder-${item.index}`}
                  className="ranking-row placeholder"
                  data-testid="ranking-placeholder"
                  style={{ height: ROW_HEIGHT }}
                >
                  <td className="col-rank num muted">…</td>
                  <td className="muted" colSpan={COLUMNS.length}>
                    正在加载…
                  </td>
                </tr>
              );
            const change = row.change;
            const changeClass =
              change === null || change === 0 ? '' : change > 0 ? ' delta-up' : ' delta-down';
            return (
              <tr
                key={row.agencyId}
                className={row.flagged ? 'ranking-row flagged' : 'ranking-row'}
                data-testid="ranking-row"
                style={{ height: ROW_HEIGHT }}
              >
                <td className="col-rank num">{row.rank ?? NO_VALUE}</td>
                <td className="col-name" title={row.regionName ?? undefined}>
                  {row.reportId === undefined ? (
                    row.agencyName
                  ) : (
                    <Link to={`/reports/${row.reportId}`}>{row.agencyName}</Link>
                  )}
                </td>
                <td className="col-value num">
                  <span className="cell-bar" aria-hidden="true">
                    <span style={{ width: `${barWidth(row.value, valueScale)}%` }} />
                  </span>
                  <span className="cell-number">{formatValue(row.value, unit)}</span>
                </td>
                <td className="col-previousValue num">{formatValue(row.previousValue, unit)}</td>
                <td className={`col-change num${changeClass}`}>
                  {change === null ? NO_VALUE : `${change > 0 ? '+' : ''}${formatNumber(change, unit)}`}
                </td>
                <td className="col-move num">
                  <MoveCell row={row} />
                </td>
                <td className="col-flag">{row.flagged ? <QualityFlag /> : null}</td>
              </tr>
            );
          })}
          {after > 0 && (
            <tr className="spacer" style={{ height: after }}>
              <td colSpan={COLUMNS.length + 1} />
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
