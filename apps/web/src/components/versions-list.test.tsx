import type { ReportDiffDto, ReportVersionDto } from '@nianbao/schema';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../lib/catalogue-index.ts';
import { metricDef } from '../test-fixtures.ts';
import { DiffTable } from './diff-table.tsx';
import { VersionsList } from './versions-list.tsx';

const version = (id: number, n: number, extra: Partial<ReportVersionDto> = {}): ReportVersionDto => ({
  id,
  version: n,
  fileName: `v${n}.txt`,
  importedAt: new Date(2024, 0, n, 9, 0).toISOString(),
  sha256: `h${n}`,
  isCurrent: false,
  deletedAt: null,
  ...extra,
});

describe('VersionsList', () => {
  it('lists versions newest first with their state and offers a diff against older ones', async () => {
    const compared: (number | undefined)[] = [];
    const router = createMemoryRouter([
      {
        path: '/',
        element: (
          <VersionsList
            versions={[
              version(1, 1),
              version(2, 2, { deletedAt: '2024-02-01T00:00:00Z' }),
              version(3, 3, { isCurrent: true }),
            ]}
            currentId={3}
            compareFrom={undefined}
            onCompare={(v) => compared.push(v)}
          />
        ),
      },
    ]);
    render(<RouterProvider router={router} />);
    const rows = within(await screen.findByTestId('versions-table'))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual(['第 3 版', '第 2 版', '第 1 版']);
    expect(rows.map((r) => r.querySelectorAll('td')[3]?.textContent)).toEqual([
      '当前版本',
      '已删除',
      '旧版本',
    ]);
    expect(
      within(rows[2] as HTMLElement)
        .getByRole('link', { name: '查看' })
        .getAttribute('href'),
    ).toBe('/reports/1');
    fireEvent.click(within(rows[2] as HTMLElement).getByRole('button', { name: '与此版本比较' }));
    expect(compared).toEqual([1]);
  });

  it('says so when there is one version only', () => {
    render(
      <VersionsList
        versions={[version(1, 1, { isCurrent: true })]}
        currentId={1}
        compareFrom={undefined}
        onCompare={() => {}}
      />,
    );
    expect(screen.getByText('只有这一个版本。')).toBeTruthy();
  });
});

describe('DiffTable', () => {
  const catalogue = indexCatalogue([metricDef({ code: 't3.new.total', labelZh: '新收申请·总计' })]);
  it('lists changed, added and removed values with units', () => {
    const diff: ReportDiffDto = {
      from: { reportId: 1, version: 1 },
      to: { reportId: 3, version: 3 },
      changes: [
        { code: 't3.new.total', change: 'changed', before: 12, after: 19 },
        { code: 'x.added', change: 'added', before: null, after: 2 },
      ],
    };
    render(<DiffTable diff={diff} catalogue={catalogue} />);
    const rows = within(screen.getByTestId('diff-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))).toEqual([
      ['新收申请·总计 t3.new.total', '数值变化', '12 件', '19 件'],
      ['x.added x.added', '新增', '—', '2'],
    ]);
    expect(screen.getByText('第 1 版 → 第 3 版：2 处不同')).toBeTruthy();
  });
});
