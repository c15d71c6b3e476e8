import type { RegionNodeDto } from '@nianbao/schema';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RegionRef } from '../lib/region-tree.ts';
import { FilterBar, type FilterChange } from './filter-bar.tsx';
import { RegionPicker } from './region-picker.tsx';

function node(
  id: number,
  name: string,
  code: string | null,
  reports: number,
  children: RegionNodeDto[] = [],
) {
  const total = reports + children.reduce((s, c) => s + c.totalReportCount, 0);
  return {
    id,
    name,
    code,
    level: null,
    agencyCount: 1,
    reportCount: reports,
    totalReportCount: total,
    children,
  };
}

const roots = [
  node(1, '河南省', '410000', 0, [
    node(2, '洛阳市', '410300', 25, [
      node(3, '嵩县', '410325', 1, [node(4, '城关镇', '410325100', 2)]),
      node(5, '栾川县', '410324', 24),
    ]),
  ]),
  node(9, '开发区', null, 6),
];

describe('RegionPicker', () => {
  it('names the chosen region, opens a tree with report counts, and reports the choice by code', () => {
    const chosen: RegionRef[] = [];
    render(
      <RegionPicker
        roots={roots}
        value={{ region: '410300', regionId: undefined }}
        onChange={(r) => chosen.push(r)}
      />,
    );
    const trigger = screen.getByTestId('region-trigger');
    expect(trigger.textContent).toContain('河南省 · 洛阳市');
    fireEvent.click(trigger);
    const panel = screen.getByTestId('region-panel');
    // Roots and the chosen region's ancestors start expanded; the chosen one is marked.
    expect(
      within(panel)
        .getByRole('button', { name: /^洛阳市/ })
        .getAttribute('aria-current'),
    ).toBe('true');
    expect(within(panel).getByRole('button', { name: /^嵩县/ }).textContent).toBe('嵩县3 份');
    expect(within(panel).queryByRole('button', { name: /^城关镇/ })).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: '展开 嵩县' }));
    fireEvent.click(within(panel).getByRole('button', { name: /^城关镇/ }));
    expect(chosen).toEqual([{ region: '410325100', regionId: undefined }]);
    expect(screen.queryByTestId('region-panel')).toBeNull();
  });

  it('searches by name, names a region without a code by id, and closes on Escape', () => {
    const chosen: RegionRef[] = [];
    render(
      <RegionPicker
        roots={roots}
        value={{ region: undefined, regionId: undefined }}
        onChange={(r) => chosen.push(r)}
      />,
    );
    fireEvent.click(screen.getByTestId('region-trigger'));
    fireEvent.change(screen.getByPlaceholderText('搜索地区名称或代码'), { target: { value: '开发' } });
    const panel = screen.getByTestId('region-panel');
    expect(within(panel).queryByRole('button', { name: /^洛阳市/ })).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: /^开发区/ }));
    expect(chosen).toEqual([{ region: undefined, regionId: 9 }]);
    fireEvent.click(screen.getByTestId('region-trigger'));
    fireEvent.keyDown(screen.getByTestId('region-panel'), { key: 'Escape' });
    expect(screen.queryByTestId('region-panel')).toBeNull();
  });
});

describe('FilterBar', () => {
  it('offers the years with reports and every agency kind, and reports each change alone', () => {
    const changes: FilterChange[] = [];
    render(
      <FilterBar
        roots={roots}
        region={{ region: '410300', regionId: undefined }}
        year={2023}
        years={[2025, 2024, 2023]}
        kind={undefined}
        onChange={(c) => changes.push(c)}
      />,
    );
    const year = screen.getByLabelText('年度') as HTMLSelectElement;
    expect([...year.options].map((o) => o.textContent)).toEqual(['2025 年', '2024 年', '2023 年']);
    fireEvent.change(year, { target: { value: '2024' } });
    const kind = screen.getByLabelText('机构类型') as HTMLSelectElement;
    expect([...kind.options].map((o) => o.textContent)).toEqual([
      '全部类型',
      '人民政府',
      '政府办公室',
      '部门',
      '乡镇/街道',
      '其他',
    ]);
    fireEvent.change(kind, { target: { value: 'township' } });
    fireEvent.change(kind, { target: { value: '' } });
    expect(changes).toEqual([{ year: 2024 }, { kind: 'township' }, { kind: undefined }]);
  });

  it('keeps a linked year that has no reports as an option instead of dropping it', () => {
    render(
      <FilterBar
        roots={roots}
        region={{ region: undefined, regionId: 9 }}
        year={2019}
        years={[2025]}
        onChange={() => {}}
      />,
    );
    const year = screen.getByLabelText('年度') as HTMLSelectElement;
    expect(year.value).toBe('2019');
    expect(screen.getByTestId('region-trigger').textContent).toContain('开发区');
  });
});
