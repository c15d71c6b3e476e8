import type { LedgerRankingRowDto } from '@nianbao/schema';
import { formatValue, NO_VALUE } from '../lib/format-value.ts';
import type { LedgerSortKey } from '../lib/ledger-params.ts';
import { shownRank } from '../lib/ledger-table.ts';

const COLUMNS: { key: LedgerSortKey; label: string }[] = [
  { key: 'name', label: '单位' },
  { key: 'submitted', label: '报送（条）' },
  { key: 'adopted', label: '采用（条）' },
  { key: 'rate', label: '采用率（%）' },
];

/** The ranked units: sortable headers, 条 and %, a unit's name opens its monthly trend. */
export function LedgerTable({
  rows,
  sort,
  dir,
  selected,
  onSort,
  onSelect,
}: {
  rows: readonly LedgerRankingRowDto[];
  sort: LedgerSortKey;
  dir: 'asc' | 'desc';
  selected: number | undefined;
  onSort: (key: LedgerSortKey) => void;
  onSelect: (agencyId: number) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="ledger-table">
        <caption className="visually-hidden">信息报送排名，点击单位查看逐月趋势</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              名次
            </th>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.key === 'name' ? undefined : 'num'}
                aria-sort={sort === column.key ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {column.label}
                  {sort === column.key && <span className="sort-mark">{dir === 'asc' ? '▲' : '▼'}</span>}
                </button>
              </th>
            ))}
            <th scope="col">地区</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.agencyId} className={row.agencyId === selected ? 'selected' : undefined}>
              <td className="num">{shownRank(row, sort) ?? NO_VALUE}</td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={row.agencyId === selected}
                  title="查看该单位逐月趋势"
                  onClick={() => onSelect(row.agencyId)}
                >
                  {row.agencyName}
                </button>
              </td>
              <td className="num">{row.submitted}</td>
              <td className="num">{row.adopted}</td>
              <td className="num">{formatValue(row.rate, '%')}</td>
              <td>{row.regionName ?? NO_VALUE}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
