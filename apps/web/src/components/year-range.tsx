import { MIN_YEAR } from '../lib/filter-params.ts';

/** Reports exist from the 2008 regulations onwards; earlier years only waste space in the list. */
const FIRST_REPORT_YEAR = Math.max(MIN_YEAR, 2008);

function years(): number[] {
  const list: number[] = [];
  for (let year = new Date().getFullYear(); year >= FIRST_REPORT_YEAR; year--) list.push(year);
  return list;
}

function YearSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: number | undefined;
  onChange: (year: number | undefined) => void;
}) {
  const options = years();
  if (value !== undefined && !options.includes(value)) options.unshift(value);
  return (
    <div className="field field-narrow">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value === undefined ? '' : String(value)}
        onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
      >
        <option value="">不限</option>
        {options.map((year) => (
          <option key={year} value={year}>
            {year} 年
          </option>
        ))}
      </select>
    </div>
  );
}

/** 起始 / 截止 statistics year; either end may be open. */
export function YearRange({
  from,
  to,
  onChange,
}: {
  from: number | undefined;
  to: number | undefined;
  onChange: (range: { from: number | undefined; to: number | undefined }) => void;
}) {
  return (
    <fieldset className="year-range">
      <legend>年度范围</legend>
      <YearSelect
        id="year-from"
        label="起始"
        value={from}
        onChange={(year) => onChange({ from: year, to })}
      />
      <YearSelect id="year-to" label="截止" value={to} onChange={(year) => onChange({ from, to: year })} />
    </fieldset>
  );
}
