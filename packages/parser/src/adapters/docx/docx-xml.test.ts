import { describe, expect, it } from 'vitest';
import { readDocumentXml } from './docx-xml.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (...runs: string[]) =>
  `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>${runs.join('')}</w:p>`;
const r = (inner: string) => `<w:r><w:rPr><w:b/></w:rPr>${inner}</w:r>`;
const t = (s: string) => `<w:t xml:space="preserve">${s}</w:t>`;
const tc = (text: string, props = '') =>
  `<w:tc><w:tcPr>${props}</w:tcPr>${text === '' ? '<w:p/>' : p(r(t(text)))}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl><w:tblGrid/>${rows.join('')}</w:tbl>`;

describe('readDocumentXml', () => {
  it('reads paragraph text across runs, tabs and line breaks, skipping tab stops and field codes', () => {
    const xml = doc(
      p(r(t('全年主动公开')), r(t('政府信息')), r('<w:tab/>'), r(t('1,236条'))) +
        p(r(t('安澜县交通运输局')), r('<w:br/>'), r(t('2022年年度报告'))) +
        p(r('<w:fldChar w:fldCharType="begin"/>'), r('<w:instrText> PAGE </w:instrText>'), r(t('第1页'))) +
        p(
          `<w:del><w:r><w:delText>删除的文字</w:delText></w:r></w:del>`,
          `<w:ins>${r(t('插入的文字'))}</w:ins>`,
        ),
    );
    expect(readDocumentXml(xml)).toEqual([
      { kind: 'paragraph', lines: ['全年主动公开政府信息\t1,236条'] },
      { kind: 'paragraph', lines: ['安澜县交通运输局', '2022年年度报告'] },
      { kind: 'paragraph', lines: ['第1页'] },
      { kind: 'paragraph', lines: ['插入的文字'] },
    ]);
  });

  it('expands gridSpan and vMerge: a merged cell prints once, in its first slot', () => {
    const xml = doc(
      tbl(
        tr(
          tc('（本列数据）', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'),
          tc('申请人情况', '<w:gridSpan w:val="3"/>'),
        ),
        tr(tc('', '<w:gridSpan w:val="2"/><w:vMerge/>'), tc('自然人'), tc('商业企业'), tc('总计')),
        tr(
          tc('（三）不予公开', '<w:vMerge w:val="restart"/>'),
          tc('1.属于国家秘密'),
          tc('0'),
          tc('0'),
          tc('0'),
        ),
        tr(
          tc('应被忽略', '<w:vMerge w:val="continue"/>'),
          tc('2.其他法律行政法规禁止公开'),
          tc('1'),
          tc('0'),
          tc('1'),
        ),
      ),
    );
    expect(readDocumentXml(xml)).toEqual([
      {
        kind: 'table',
        grid: [
          ['（本列数据）', '', '申请人情况', '', ''],
          ['', '', '自然人', '商业企业', '总计'],
          ['（三）不予公开', '1.属于国家秘密', '0', '0', '0'],
          ['', '2.其他法律行政法规禁止公开', '1', '0', '1'],
        ],
      },
    ]);
  });

  it('honours gridBefore, pads short rows and joins the paragraphs of a cell', () => {
    const twoParagraphs = `<w:tc>${p(r(t('商业')))}${p(r(t('企业')))}</w:tc>`;
    const xml = doc(
      tbl(
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${twoParagraphs}${tc('科研机构')}</w:tr>`,
        tr(tc('一、本年新收'), tc('3')),
        tr(tc('a'), tc('b'), tc('c'), tc('d')),
      ),
    );
    expect(readDocumentXml(xml)).toEqual([
      {
        kind: 'table',
        grid: [
          ['', '商业企业', '科研机构', ''],
          ['一、本年新收', '3', '', ''],
          ['a', 'b', 'c', 'd'],
        ],
      },
    ]);
  });

  it('reads a nested table as its cell text and skips fallback copies of drawings', () => {
    const nested = `<w:tc>${tbl(tr(tc('内'), tc('表')))}</w:tc>`;
    const xml = doc(
      tbl(tr(tc('外'), nested)) +
        p(
          `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">${r(t('文本框'))}</mc:Choice><mc:Fallback>${r(t('文本框'))}</mc:Fallback></mc:AlternateContent>`,
        ),
    );
    expect(readDocumentXml(xml)).toEqual([
      { kind: 'table', grid: [['外', '内表']] },
      { kind: 'paragraph', lines: ['文本框'] },
    ]);
  });

  it('follows the document’s own prefix for the WordprocessingML namespace', () => {
    const xml = `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>年度报告</x:t></x:r></x:p><w:p><w:r><w:t>not word</w:t></w:r></w:p></x:body></x:document>`;
    expect(readDocumentXml(xml)).toEqual([{ kind: 'paragraph', lines: ['年度报告'] }]);
  });
});
