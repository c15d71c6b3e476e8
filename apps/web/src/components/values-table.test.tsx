import type { ValueDto } from '@nianbao/schema';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../lib/catalogue-index.ts';
import { metricDef } from '../test-fixtures.ts';
import { ValuesTable } from './values-table.tsx';

const catalogue = indexCatalogue([
  metricDef({ code: 't2.normative.made', labelZh: '规范性文件 本年新制作数量', unit: '件' }),
  metricDef({ code: 't2.procurement.amount', labelZh: '政府集中采购 采购总金额', unit: '万元' }),
  metricDef({ code: 't3.granted.natural', labelZh: '予以公开 自然人', unit: '件', table: 't3' }),
]);

const values: ValueDto[] = [
  { code: 't3.granted.natural', value: null, blank: true, start: 900, end: 900 },
  { code: 't2.procurement.amount', value: 15.91, blank: false, start: 500, end: 505 },
  { code: 't2.normative.made', value: 9, blank: false, start: 400, end: 401 },
  { code: 'x.unknown', value: 3, blank: false, start: null, end: null },
];

function bodyRows() {
  const rows = within(screen.getByTestId('values-table')).getAllByRole('row').slice(1);
  return rows.map((row) =>
    within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  );
}

describe('ValuesTable', () => {
  it('labels codes from the catalogue, in catalogue order, with units and 空 for blank cells', () => {
    render(<ValuesTable values={values} catalogue={catalogue} />);
    expect(bodyRows().map((cells) => cells.slice(0, 3))).toEqual([
      ['t2.normative.made', '规范性文件 本年新制作数量', '9 件'],
      ['t2.procurement.amount', '政府集中采购 采购总金额', '15.91 万元'],
      ['t3.granted.natural', '予以公开 自然人', '空'],
      ['x.unknown', '（目录中无此指标）', '3'],
    ]);
  });

  it('makes values with a source span buttons that locate them', () => {
    const located: string[] = [];
    render(<ValuesTable values={values} catalogue={catalogue} onLocate={(v) => located.push(v.code)} />);
    const buttons = screen.getAllByRole('button', { name: /在原文中定位/ });
    expect(buttons.map((b) => b.textContent)).toEqual(['9 件', '15.91 万元', '空']);
    const first = buttons[0];
    if (first === undefined) throw new Error('no button');
    fireEvent.click(first);
    expect(located).toEqual(['t2.normative.made']);
  });

  it('marks corrected values and offers 更正 to editors', () => {
    const corrected: string[] = [];
    render(
      <ValuesTable
        values={[
          {
            code: 't2.normative.made',
            value: 12,
            blank: false,
            start: 400,
            end: 401,
            corrected: true,
            extracted: 9,
            correction: { reason: '表格错位', by: '张三', at: '2024-03-01T08:30:00Z' },
          },
        ]}
        catalogue={catalogue}
        onCorrect={(v) => corrected.push(v.code)}
      />,
    );
    const badge = screen.getByText('已更正');
    expect(badge.getAttribute('title')).toContain('原提取值：9 件');
    expect(badge.getAttribute('title')).toContain('理由：表格错位');
    fireEvent.click(screen.getByRole('button', { name: '更正 规范性文件 本年新制作数量' }));
    expect(corrected).toEqual(['t2.normative.made']);
  });
});
