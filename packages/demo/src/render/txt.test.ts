import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEMO_SHAPE } from '../generate/city.ts';
import { generateCityReports } from '../generate/city-reports.ts';
import { createRng } from '../generate/prng.ts';
import type { SyntheticReport } from '../model/synthetic-report.ts';
import { buildDocument } from './document/build-document.ts';
import { cellText } from './document/labels.ts';
import { reportStyle } from './document/style.ts';
import { buildTable3 } from './document/table3.ts';
import { buildTable4 } from './document/table4.ts';
import { documentText, renderTxt } from './txt.ts';

const reports = generateCityReports(createRng(5), 0, DEMO_SHAPE);
const find = (pred: (r: SyntheticReport) => boolean) => {
  const r = reports.find(pred);
  if (!r) throw new Error('no such report in the sample city');
  return r;
};
const clean2019 = find(
  (r) => r.edition === '2019' && r.flaws.length === 0 && (r.values['t3.new.total'] ?? 0) > 0,
);

describe('renderTxt', () => {
  it('GB18030 output decodes back to the same text as the UTF-8 rendering', () => {
    const utf8 = new TextDecoder().decode(
      renderTxt(clean2019, { layout: 'tab', encoding: 'utf8', eol: 'lf' }),
    );
    const gb = renderTxt(clean2019, { layout: 'tab', encoding: 'gb18030', eol: 'lf' });
    expect(iconv.decode(Buffer.from(gb), 'gb18030')).toBe(utf8);
    expect(Buffer.from(gb).equals(Buffer.from(new TextEncoder().encode(utf8)))).toBe(false);
  });

  it('writes a BOM and CRLF line ends when asked', () => {
    const bytes = renderTxt(clean2019, { layout: 'pipe', encoding: 'utf8-bom', eol: 'crlf' });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('\r\n');
    expect(text.replace(/\r\n/gu, '')).not.toContain('\n');
  });

  it('lays table 3 out like the real sample in the compact tab layout', () => {
    const style = {
      ...reportStyle(clean2019),
      t3Layout: 'compact' as const,
      fullWidthParens: false,
      spaceAfterOrdinal: true,
    };
    const lines = documentText([buildTable3(clean2019, style)], 'tab').split('\n');
    expect(lines[0]).toBe(
      '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t',
    );
    expect(lines[1]).toBe('\t\t自然人\t法人或其他组织\t\t\t\t\t总计');
    expect(lines[2]).toBe('\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t');
    expect(lines.find((l) => l.startsWith('三、本年度办理结果\t(一) 予以公开\t'))).toBeDefined();
    expect(lines.find((l) => l.startsWith('(三) 不予公开\t1.属于国家秘密\t'))).toBeDefined();
    expect(lines.find((l) => l.startsWith('\t(六) 其他处理\t'))).toBeDefined();
    expect(lines.every((l) => l.split('\t').length === 9)).toBe(true);
  });

  it('prints table 4 as three header lines and a line of fifteen numbers', () => {
    const t4 = buildTable4(clean2019, reportStyle(clean2019));
    if (!t4) throw new Error('clean report without table 4');
    const lines = documentText([t4], 'tab').split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]?.startsWith('行政复议\t\t\t\t\t行政诉讼')).toBe(true);
    expect(lines[1]?.split('\t').slice(5, 11)).toEqual(['未经复议直接起诉', '', '', '', '', '复议后起诉']);
    expect(lines[3]?.split('\t').map(Number)).toEqual(
      ['review', 'suit_direct', 'suit_after_review'].flatMap((g) =>
        ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => clean2019.values[`t4.${g}.${c}`]),
      ),
    );
  });

  it('ends a truncated report right after its last table-3 row', () => {
    const report = find((r) => r.flaws.some((f) => f.kind === 'truncated'));
    const text = new TextDecoder().decode(renderTxt(report, { layout: 'tab', encoding: 'utf8', eol: 'lf' }));
    const flaw = report.flaws[0];
    if (flaw?.kind !== 'truncated') throw new Error('expected a truncated flaw');
    expect(text.endsWith('\n')).toBe(false);
    // The prose may name 行政复议 (a 司法局 does); what must be gone is table 4 and what follows it.
    expect(text).not.toContain('四、政府信息公开行政复议');
    expect(text).not.toContain('结果维持');
    const lastCells = text.split('\n').at(-1)?.split('\t').slice(-7) ?? [];
    expect(lastCells.at(-1)).toBe(cellText(reportStyle(report), report.values[`t3.${flaw.afterRow}.total`]));
  });

  it('converts a traditional-character report as a whole', () => {
    const report = find((r) => r.flaws.some((f) => f.kind === 'traditional'));
    const text = documentText(buildDocument(report), 'tab');
    expect(text).toContain('政府信息公開工作年度報告');
    expect(text).not.toContain('年度报告');
  });
});
