import { describe, expect, it } from 'vitest';
import { textBlocks } from '../adapters/text-blocks.ts';
import { recognise } from './recognise.ts';

const read = (lines: string[]) => {
  // A file ends with a line break; one that stops inside a row counts as cut off.
  const text = `${lines.join('\n')}\n`;
  return recognise({ text, blocks: textBlocks(text) }, 'x.txt');
};
const row = (...cells: (string | number)[]) => cells.join('\t');
const T3_HEAD = [
  row('', '', '自然人', '法人或其他组织', '', '', '', '', '总计'),
  row('', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''),
];

describe('table 3', () => {
  it('ignores a stray trailing separator instead of shifting the columns', () => {
    const r = read([...T3_HEAD, `${row('一、本年新收政府信息公开申请数量', 4, 1, 0, 0, 0, 0, 5)}\t`]);
    expect(r.values['t3.new.natural']).toBe(4);
    expect(r.values['t3.new.total']).toBe(5);
  });

  it('reads dashes, slashes and 无 as printed blanks', () => {
    const r = read([...T3_HEAD, row('一、本年新收政府信息公开申请数量', '—', '/', '无', '-', 0, '', 1)]);
    expect(
      ['natural', 'business', 'research', 'public_interest'].map((c) => r.values[`t3.new.${c}`]),
    ).toEqual([null, null, null, null]);
    expect(r.values['t3.new.legal_services']).toBe(0);
    expect(r.values['t3.new.other_org']).toBeNull();
    expect(r.values['t3.new.total']).toBe(1);
  });

  it('aligns a short row from the right, leaving unprinted columns absent', () => {
    // Not the last line: a short row the file ends in counts as cut off (see the truncation tests).
    const r = read([...T3_HEAD, row('二、上年结转政府信息公开申请数量', 2, 3), '五、其他']);
    expect(r.values['t3.carried_over.other_org']).toBe(2);
    expect(r.values['t3.carried_over.total']).toBe(3);
    expect(r.values).not.toHaveProperty('t3.carried_over.natural');
  });

  it('reads 2021 sub-rows under a group printed in its own row, and 其他 only within it', () => {
    const r = read([
      ...T3_HEAD,
      row('一、本年新收政府信息公开申请数量', 1, 0, 0, 0, 0, 0, 1),
      row('（六）其他处理'),
      row('', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 1, 0, 0, 0, 0, 0, 1),
      row(
        '',
        '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        0,
        0,
        0,
        0,
        0,
        0,
        0,
      ),
      row('', '3.其他', 0, 2, 0, 0, 0, 0, 2),
      row('', '（七）总计', 1, 2, 0, 0, 0, 0, 3),
    ]);
    expect(r.template).toBe('2021');
    expect(r.values['t3.other.no_correction.natural']).toBe(1);
    expect(r.values['t3.other.other.business']).toBe(2);
    expect(r.values['t3.total.total']).toBe(3);
    expect(r.values).not.toHaveProperty('t3.other.natural');
  });
});

describe('table 4', () => {
  it('reads fifteen numbers under a three-line header, past a leading label and trailing empties', () => {
    const r = read([
      row('行政复议', '', '', '', '', '行政诉讼'),
      row(
        '结果维持',
        '结果纠正',
        '其他结果',
        '尚未审结',
        '总计',
        '未经复议直接起诉',
        '',
        '',
        '',
        '',
        '复议后起诉',
      ),
      row(
        '',
        '',
        '',
        '',
        '',
        '结果维持',
        '结果纠正',
        '其他结果',
        '尚未审结',
        '总计',
        '结果维持',
        '结果纠正',
        '其他结果',
        '尚未审结',
        '总计',
      ),
      `${row('数量', 1, 2, 3, 4, 10, 0, 1, 0, 0, 1, '', 0, 0, 1, 1)}\t\t`,
    ]);
    expect(r.values['t4.review.total']).toBe(10);
    expect(r.values['t4.suit_direct.corrected']).toBe(1);
    expect(r.values['t4.suit_after_review.upheld']).toBeNull();
    expect(r.values['t4.suit_after_review.total']).toBe(1);
  });

  it('reads one row per group wherever the groups are printed', () => {
    const r = read([
      row('', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'),
      row('复议后起诉', 0, 0, 0, 1, 1),
      row('行政复议', 3, 1, 0, 0, 4),
      row('未经复议直接起诉', 1, 0, 0, 0, 1),
    ]);
    expect(r.values['t4.review.upheld']).toBe(3);
    expect(r.values['t4.suit_direct.total']).toBe(1);
    expect(r.values['t4.suit_after_review.pending']).toBe(1);
  });
});

describe('table 2', () => {
  it('aligns data rows to the header when the block heading shares the row (expanded rowspans)', () => {
    const r = read([
      row('第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'),
      row('第二十条第（一）项', '规章', 0, 0, 0),
      row('第二十条第（一）项', '规范性文件', 3, 3, '1,024'),
    ]);
    expect(r.template).toBe('2019');
    expect(r.values['t2.normative.total_public']).toBe(1024);
    expect(r.values['t2.regulations.made']).toBe(0);
  });

  it('reads only the columns the header names: a 2021 report on the old (五) layout', () => {
    const r = read([
      '第二十条第（一）项',
      row('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'),
      row('行政规范性文件', 2, 0, 7),
      '第二十条第（五）项',
      row('信息内容', '上一年项目数量', '本年增/减', '处理决定数量'),
      row('行政许可', 30, '+2', 41),
      row('其他对外管理服务事项', 5, 0, 6),
    ]);
    expect(r.template).toBe('2021');
    expect(r.values['t2.license.decisions']).toBe(41);
    expect(r.values['t2.other_services.decisions']).toBe(6);
    expect(r.values).not.toHaveProperty('t2.license.prev_items');
    expect(r.values['t2.normative.in_force']).toBe(7);
  });

  it('falls back to the format column order when the header row is missing', () => {
    const r = read([
      row('第二十条第（六）项', '', ''),
      row('行政处罚', 12, '-3', 40),
      row('行政强制', 0, 0, 0),
      row('第二十条第（九）项', '', ''),
      row('政府集中采购', 5, '15.91'),
    ]);
    expect(r.values['t2.punishment.change']).toBe(-3);
    expect(r.values['t2.punishment.decisions']).toBe(40);
    expect(r.values['t2.procurement.amount']).toBe(15.91);
  });
});

describe('edition and template', () => {
  it('is unknown when no table is recognised', () => {
    const r = read(['嵩县人民政府2020年政府信息公开工作年度报告', '正文。']);
    expect(r.template).toBe('unknown');
    expect(r.values).toEqual({});
    expect(r.looksLikeReport).toBe(true);
  });

  it('comes from the labels, not the year', () => {
    const r = read([
      '嵩县人民政府2022年政府信息公开工作年度报告',
      row('信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'),
      row('规范性文件', 1, 1, 1),
    ]);
    expect(r.year).toBe(2022);
    expect(r.template).toBe('2019');
  });
});

describe('edition without marker labels', () => {
  it('takes a printed single 其他处理 row as the 2019 format and then reads table 2 with it', () => {
    const r = read([
      row('规范性文件', 2, 2, 5),
      ...T3_HEAD,
      row('一、本年新收政府信息公开申请数量', 1, 0, 0, 0, 0, 0, 1),
      row('', '（六）其他处理', 1, 0, 0, 0, 0, 0, 1),
      row('', '（七）总计', 1, 0, 0, 0, 0, 0, 1),
    ]);
    expect(r.template).toBe('2019');
    expect(r.values['t3.other.natural']).toBe(1);
    expect(r.values['t2.normative.total_public']).toBe(5);
  });
});

describe('table 3 printed as PDF-to-text', () => {
  const lines = (...l: string[]) => {
    const text = `${l.join('\n')}\n`;
    return recognise({ text, blocks: textBlocks(text) }, 'x.txt');
  };

  it('takes the values of a label wrapped onto the next line, and of a label-only line followed by its numbers', () => {
    const r = lines(
      '一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6',
      '三、本年度办理结果 （一）予以公开 2 1 0 0 0 0 3',
      '（二）部分公开（区分处理的，只计这一情形，不计其',
      '他情形） 3 0 0 0 0 0 3',
      '（三）不予公开 1.属于国家秘密',
      '0 0 0 0 0 0 0',
      '2.其他法律行政法规禁止公开 0 0 0 0 0 0 0',
      '五、其他',
    );
    expect(r.values['t3.partial.natural']).toBe(3);
    expect(r.values['t3.partial.total']).toBe(3);
    expect(r.values['t3.denied.state_secret.total']).toBe(0);
    expect(r.values['t3.denied.law_forbidden.total']).toBe(0);
  });

  it('keeps a label-only row blank when the next row is a row of its own', () => {
    const r = lines(
      '一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6',
      '三、本年度办理结果 （一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 3 0 0 0 0 0 3',
      '五、其他',
    );
    expect(r.values['t3.granted.natural']).toBeNull();
    expect(r.values['t3.partial.natural']).toBe(3);
  });
});
