import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indexCatalogue } from '../lib/catalogue-index.ts';
import { metricDef } from '../test-fixtures.ts';
import { FindingsList } from './findings-list.tsx';

describe('FindingsList', () => {
  const codes = Array.from({ length: 10 }, (_, i) => `c${i}`);
  const catalogue = indexCatalogue(codes.map((code, i) => metricDef({ code, labelZh: `单元格${i}` })));

  it('puts errors first and folds a long list of involved cells', () => {
    render(
      <FindingsList
        catalogue={catalogue}
        findings={[
          { rule: 'R7', severity: 'info', message: '空白单元格按 0 计算', codes },
          { rule: 'R1', severity: 'error', message: '结转不平衡', codes: ['c1', 'c2'] },
        ]}
      />,
    );
    const items = screen.getByTestId('findings-list').querySelectorAll('li');
    expect([...items].map((li) => li.querySelector('.finding-rule')?.textContent)).toEqual(['R1', 'R7']);
    expect(items[0]?.textContent).toContain('涉及：单元格1、单元格2');
    expect(
      screen.getByText('涉及：单元格0、单元格1、单元格2、单元格3、单元格4、单元格5 等 10 项'),
    ).toBeTruthy();
  });
});
