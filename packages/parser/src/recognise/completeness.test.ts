import { describe, expect, it } from 'vitest';
import { textBlocks } from '../adapters/text-blocks.ts';
import { recognise } from './recognise.ts';

const read = (text: string) => recognise({ text, blocks: textBlocks(text) }, 'x.txt');
const row = (...cells: (string | number)[]) => cells.join('\t');
const T3_START = [
  '嵩县人民政府2021年政府信息公开工作年度报告',
  '三、收到和处理政府信息公开申请情况',
  row('', '', '自然人', '法人或其他组织', '', '', '', '', '总计'),
  row('', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''),
  row('一、本年新收政府信息公开申请数量', '', 4, 1, 0, 0, 0, 0, 5),
  row('二、上年结转政府信息公开申请数量', '', 0, 0, 0, 0, 0, 0, 0),
];

describe('a report cut off inside a table', () => {
  it('keeps every complete row, drops the cut one, and says where the table stops (P1)', () => {
    const r = read([...T3_START, row('三、本年度办理结果', '（一）予以公开', 3, 1)].join('\n'));
    expect(r.values['t3.new.total']).toBe(5);
    expect(r.values['t3.carried_over.natural']).toBe(0);
    expect(Object.keys(r.values).some((c) => c.startsWith('t3.granted.'))).toBe(false);
    const p1 = r.findings.find((f) => f.rule === 'P1');
    expect(p1?.severity).toBe('warning');
    expect(p1?.message).toMatch(/^表三在「二、上年结转政府信息公开申请数量」行后中断/u);
    expect(p1?.codes).toContain('t3.granted.natural');
    expect(p1?.codes).toContain('t3.carry_forward.total');
    expect(p1?.codes).not.toContain('t3.new.total');
  });

  it('drops a full last row with no line break after it (its last number may be cut: 4 of 41)', () => {
    const r = read(
      [...T3_START, row('三、本年度办理结果', '（一）予以公开', 3, 1, 0, 0, 0, 0, 4)].join('\n'),
    );
    expect(Object.keys(r.values).some((c) => c.startsWith('t3.granted.'))).toBe(false);
    expect(r.findings.map((f) => f.rule)).toEqual(['P1']);
  });

  it('keeps a full last row the file ends after, line break included', () => {
    const r = read(
      `${[...T3_START, row('三、本年度办理结果', '（一）予以公开', 3, 1, 0, 0, 0, 0, 4)].join('\n')}\n`,
    );
    expect(r.values['t3.granted.total']).toBe(4);
    expect(r.findings.map((f) => f.rule)).toEqual(['P1']);
  });

  it('raises nothing when prose follows the tables', () => {
    const r = read([...T3_START, '', '五、存在的主要问题及改进情况', '无。'].join('\n'));
    expect(r.findings).toEqual([]);
  });
});

describe('a report whose tables are images', () => {
  it('reads no table value and says which tables had a heading but no text (P2)', () => {
    const r = read(
      [
        '鼓楼区人民政府2020年政府信息公开工作年度报告',
        '二、主动公开政府信息情况',
        '[图片]',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
        '五、存在的主要问题及改进情况',
      ].join('\n'),
    );
    expect(r.values).toEqual({});
    expect(r.template).toBe('unknown');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'P2', severity: 'warning', codes: [] });
    expect(r.findings[0]?.message).toMatch(/^表二、表三、表四的标题在/u);
  });

  it('names only the table that is missing', () => {
    const r = read(
      [...T3_START, '四、政府信息公开行政复议、行政诉讼情况', '（见附图）', '五、其他'].join('\n'),
    );
    expect(r.findings.map((f) => f.message.slice(0, 3))).toEqual(['表四的']);
  });
});

describe('the next row’s ordinal glued after a row’s last value', () => {
  it('drops a lone ordinal cell and strips one glued onto a number', () => {
    const r = read(
      [
        ...T3_START,
        row('（三）不予公开', '1.属于国家秘密', 0, 0, 0, 0, 0, 0, 0, '2.'),
        row('', '其他法律行政法规禁止公开', 1, 0, 0, 0, 0, 0, '13.'),
        row('', '危及“三安全一稳定”', 0, 0, 0, 0, 0, 0, 0),
        '五、其他',
      ].join('\n'),
    );
    expect(r.values['t3.denied.state_secret.total']).toBe(0);
    expect(r.values['t3.denied.law_forbidden.natural']).toBe(1);
    expect(r.values['t3.denied.law_forbidden.total']).toBe(1);
    expect(r.values['t3.denied.three_safety.total']).toBe(0);
  });
});

describe('the agency named only in the signature', () => {
  it('is read from the line above the signing date when the title does not name it', () => {
    const r = read(
      [
        '2021年政府信息公开工作年度报告',
        '一、总体情况',
        '全年主动公开政府信息120条。',
        '六、其他需要报告的事项',
        '无。',
        '偃师区发展和改革委员会',
        '2022年1月20日',
      ].join('\n'),
    );
    expect(r.agency).toBe('偃师区发展和改革委员会');
    expect(r.agencyKind).toBe('department');
    expect(r.regionCode).toBe('410307');
    expect(r.year).toBe(2021);
  });

  it('is not taken from a line that is not directly above a date', () => {
    const r = read(['2021年政府信息公开工作年度报告', '联系单位：县政府办公室', '附件：统计表'].join('\n'));
    expect(r.agency).toBeNull();
  });
});
