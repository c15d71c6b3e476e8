import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEMO_SHAPE } from '../generate/city.ts';
import { generateCityReports } from '../generate/city-reports.ts';
import { createRng } from '../generate/prng.ts';
import { renderHtml } from './html.ts';

const reports = generateCityReports(createRng(9), 0, DEMO_SHAPE);
const report = reports.find(
  (r) => r.edition === '2021' && r.flaws.length === 0 && r.agencyKind === 'department',
);

describe('renderHtml', () => {
  if (!report) throw new Error('no 2021 department report in the sample city');
  const page = new TextDecoder().decode(renderHtml(report, { encoding: 'utf8' }));

  it('wraps the report in a government site page', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<div class="nav">');
    expect(page).toContain('<div class="footer">');
    expect(page).toContain(`<h1>${report.agency}${report.year}`);
    expect(page).toContain(`发布日期：${report.published}`);
  });

  it('prints real tables with spans for the table-3 groups and the table-4 header', () => {
    expect(page).toMatch(/<td rowspan="3" colspan="[23]">(<p[^>]*><span>)?[(（]本列数据的勾稽关系/u);
    expect(page).toMatch(/<td rowspan="8">(<p[^>]*><span>)?[(（]三[)）] ?不予公开/u);
    expect(page).toMatch(/<td colspan="5">(<p[^>]*><span>)?行政复议/u);
    expect(page).toMatch(/<td colspan="10">(<p[^>]*><span>)?行政诉讼/u);
    expect(page).toMatch(/<td rowspan="2">(<p[^>]*><span>)?结果维持/u);
  });

  it('marks empty cells with &nbsp; as editors do', () => {
    // 2019 tables pad the two-column 第二十条 items with an empty cell.
    const old = reports.find((r) => r.edition === '2019' && r.flaws.length === 0);
    if (!old) throw new Error('no 2019 report in the sample city');
    const oldPage = new TextDecoder().decode(renderHtml(old, { encoding: 'utf8' }));
    expect(oldPage).toMatch(/<td>(<p[^>]*><span>)?&nbsp;/u);
  });

  it('declares gb2312 and encodes as GB18030 when asked', () => {
    const bytes = renderHtml(report, { encoding: 'gb18030' });
    const decoded = iconv.decode(Buffer.from(bytes), 'gb18030');
    expect(decoded).toContain('charset=gb2312');
    expect(
      decoded.replace(
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
        '<meta charset="utf-8">',
      ),
    ).toBe(page);
  });
});
