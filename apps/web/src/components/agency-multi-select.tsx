import type { AgencyDto } from '@nianbao/schema';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import type { AgencyFilters } from '../api/client.ts';
import { agencyQueries } from '../queries/agency-queries.ts';

/** How many search matches the list shows; narrowing the search finds the rest. */
const VISIBLE_MATCHES = 100;

/**
 * Picks up to `max` agencies. Matches come from the server's search (GET /api/agencies?q=);
 * `names` labels the chosen ones, which may not be among the current matches.
 */
export function AgencyMultiSelect({
  selected,
  names,
  max,
  scope = {},
  showChips = true,
  onChange,
}: {
  selected: readonly number[];
  names: ReadonlyMap<number, string>;
  max: number;
  /** Narrows the search to a region (and everything below it) and a kind. */
  scope?: Pick<AgencyFilters, 'region' | 'regionId' | 'kind'>;
  /** False when the page lists the chosen agencies itself. */
  showChips?: boolean;
  onChange: (ids: number[]) => void;
}) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const matches = useQuery(agencyQueries.list({ ...scope, q: deferred }));
  const searchId = useId();
  const full = selected.length >= max;

  const toggle = (agency: AgencyDto) => {
    if (selected.includes(agency.id)) onChange(selected.filter((id) => id !== agency.id));
    else if (!full) onChange([...selected, agency.id]);
  };

  const list = matches.data?.agencies ?? [];
  return (
    <fieldset className="agency-select">
      <legend>
        {showChips ? (
          <>
            机构{' '}
            <span className="muted">
              （已选 {selected.length} / {max}）
            </span>
          </>
        ) : (
          '添加机构'
        )}
      </legend>
      {showChips && (
        <ul className="chips" aria-label="已选机构">
          {selected.map((id) => (
            <li key={id} className="chip">
              {names.get(id) ?? `机构 #${id}`}
              <button
                type="button"
                className="chip-remove"
                aria-label={`移除 ${names.get(id) ?? `机构 #${id}`}`}
                onClick={() => onChange(selected.filter((other) => other !== id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={searchId} className="visually-hidden">
        搜索机构
      </label>
      <input
        id={searchId}
        type="search"
        value={search}
        placeholder="搜索机构名称或地区"
        maxLength={200}
        onChange={(event) => setSearch(event.target.value)}
      />
      {full && <p className="hint">最多同时显示 {max} 条线，请先移除一条。</p>}
      <div className="agency-options" aria-busy={matches.isFetching}>
        {matches.isError ? (
          <p className="hint">
            机构列表加载失败。
            <button type="button" className="link-button" onClick={() => void matches.refetch()}>
              重试
            </button>
          </p>
        ) : matches.isPending ? (
          <p className="hint">正在加载机构…</p>
        ) : list.length === 0 ? (
          <p className="hint">没有匹配的机构。</p>
        ) : (
          <ul>
            {list.slice(0, VISIBLE_MATCHES).map((agency) => {
              const checked = selected.includes(agency.id);
              return (
                <li key={agency.id}>
                  <label className={checked ? 'option checked' : 'option'}>
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && full}
                      onChange={() => toggle(agency)}
                    />
                    <span>{agency.name}</span>
                    <span className="muted option-meta">
                      {agency.regionName ?? ''} · {agency.reportCount} 份
                    </span>
                  </label>
                </li>
              );
            })}
            {list.length > VISIBLE_MATCHES && (
              <li className="hint">另有 {list.length - VISIBLE_MATCHES} 个机构，请输入关键词缩小范围。</li>
            )}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
