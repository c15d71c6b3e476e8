import { describe, expect, it } from 'vitest';
import { metricDef } from '../test-fixtures.ts';
import { indexCatalogue } from './catalogue-index.ts';
import { factMarkId, reportMarks, valueMarkId } from './report-marks.ts';

const catalogue = indexCatalogue([
  metricDef({ code: 't2.normative.made', labelZh: '规范性文件 本年新制作数量' }),
  metricDef({ code: 'narrative.info_submitted', labelZh: '报送信息数', unit: '条', table: 'narrative' }),
]);

describe('reportMarks', () => {
  it('titles values with code, label and value, marks blank cells, skips values without a span', () => {
    const marks = reportMarks(
      [
        { code: 't2.normative.made', value: 9, blank: false, start: 40, end: 41 },
        { code: 't3.granted.natural', value: null, blank: true, start: 90, end: 90 },
        { code: 'd.x', value: 1, blank: false, start: null, end: null },
      ],
      [],
      catalogue,
    );
    expect(marks).toEqual([
      {
        id: valueMarkId('t2.normative.made'),
        start: 40,
        end: 41,
        title: 't2.normative.made · 规范性文件 本年新制作数量 · 9 件',
        kind: 'value',
      },
      {
        id: valueMarkId('t3.granted.natural'),
        start: 90,
        end: 90,
        title: 't3.granted.natural · 目录中无此指标 · 空',
        kind: 'value',
      },
    ]);
  });

  it('titles facts with their code or 未归类', () => {
    const marks = reportMarks(
      [],
      [
        { label: '上报信息', value: 673, unit: '条', code: 'narrative.info_submitted', start: 5, end: 14 },
        { label: '培训', value: 90, unit: '人次', code: null, start: 20, end: 26 },
      ],
      catalogue,
    );
    expect(marks.map((m) => [m.id, m.title, m.kind])).toEqual([
      [factMarkId({ start: 5, end: 14 }), 'narrative.info_submitted · 报送信息数 · 673 条', 'fact'],
      ['f:20-26', '未归类 · 培训 · 90 人次', 'fact'],
    ]);
  });
});
