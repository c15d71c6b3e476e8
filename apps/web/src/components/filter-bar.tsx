import type { AgencyKind, RegionNodeDto } from '@nianbao/schema';
import { type ReactNode, useId } from 'react';
import { AGENCY_KINDS, parseAgencyKind } from '../lib/agency-kinds.ts';
import type { RegionRef } from '../lib/region-tree.ts';
import { RegionPicker } from './region-picker.tsx';

/** What the filter bar changes; only the named keys change. */
export interface FilterChange {
  region?: RegionRef;
  year?: number | undefined;
  kind?: AgencyKind | undefined;
}

/**
 * The filter bar every page shares: region tree, year (the years with reports), agency kind. It only
 * shows state and reports changes; the page keeps the state in the URL.
 */
export function FilterBar({
  roots,
  region,
  year,
  years,
  kind,
  showYear = true,
  showKind = true,
  onChange,
  children,
}: {
  roots: readonly RegionNodeDto[];
  region: RegionRef;
  year?: number | undefined;
  /** Years to offer, newest first. */
  years?: readonly number[];
  kind?: AgencyKind | undefined;
  showYear?: boolean;
  showKind?: boolean;
  onChange: (change: FilterChange) => void;
  /** Page-specific controls drawn after the shared ones. */
  children?: ReactNode;
}) {
  const yearId = useId();
  const kindId = useId();
  const yearOptions = year !== undefined && !years?.includes(year) ? [year, ...(years ?? [])] : (years ?? []);
  return (
    <search className="filter-bar" aria-label="筛选条件" data-testid="filter-bar">
      <RegionPicker roots={roots} value={region} onChange={(ref) => onChange({ region: ref })} />
      {showYear && (
        <div className="field">
          <label htmlFor={yearId}>年度</label>
          <select
            id={yearId}
            value={year === undefined ? '' : String(year)}
            onChange={(event) =>
              onChange({ year: event.target.value === '' ? undefined : Number(event.target.value) })
            }
          >
            {year === undefined && <option value="">请选择</option>}
            {yearOptions.map((y) => (
              <option key={y} value={y}>
                {y} 年
              </option>
            ))}
          </select>
        </div>
      )}
      {showKind && (
        <div className="field">
          <label htmlFor={kindId}>机构类型</label>
          <select
            id={kindId}
            value={kind ?? ''}
            onChange={(event) => onChange({ kind: parseAgencyKind(event.target.value) })}
          >
            <option value="">全部类型</option>
            {AGENCY_KINDS.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {children}
    </search>
  );
}
