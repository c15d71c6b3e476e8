import { describe, expect, it } from 'vitest';
import { isTotalLabel, periodOf, readCount, readLevel, readMonth, readYear } from './ledger-values.ts';

describe('ledger cell values', () => {
  it('reads counts with full-width digits, thousands separators and units; blanks and dashes are blank', () => {
    expect(readCount('１２')).toEqual({ kind: 'value', value: 12 });
    expect(readCount(' 1,234 条')).toEqual({ kind: 'value', value: 1234 });
    expect(readCount(7)).toEqual({ kind: 'value', value: 7 });
    expect(readCount('3.0')).toEqual({ kind: 'value', value: 3 });
    expect(readCount(null)).toEqual({ kind: 'blank' });
    expect(readCount('—')).toEqual({ kind: 'blank' });
    expect(readCount('无')).toEqual({ kind: 'blank' });
    expect(readCount('十二')).toEqual({ kind: 'invalid', text: '十二' });
    expect(readCount(-1)).toEqual({ kind: 'invalid', text: '-1' });
    expect(readCount(2.5)).toEqual({ kind: 'invalid', text: '2.5' });
    expect(readCount('约10')).toEqual({ kind: 'invalid', text: '约10' });
  });

  it('reads months in the ways ledgers print them, keeping the out-of-range ones for the caller', () => {
    expect(readMonth('3月')).toEqual({ kind: 'value', value: { month: 3 } });
    expect(readMonth('０３月份')).toEqual({ kind: 'value', value: { month: 3 } });
    expect(readMonth('十一月')).toEqual({ kind: 'value', value: { month: 11 } });
    expect(readMonth('2024年3月')).toEqual({ kind: 'value', value: { month: 3, year: 2024 } });
    expect(readMonth('2024-03')).toEqual({ kind: 'value', value: { month: 3, year: 2024 } });
    expect(readMonth(202412)).toEqual({ kind: 'value', value: { month: 12, year: 2024 } });
    expect(readMonth(new Date(Date.UTC(2024, 6, 1)))).toEqual({
      kind: 'value',
      value: { month: 7, year: 2024 },
    });
    expect(readMonth(13)).toEqual({ kind: 'value', value: { month: 13 } });
    expect(readMonth('第一季度')).toEqual({ kind: 'invalid', text: '第一季度' });
    expect(readMonth('')).toEqual({ kind: 'blank' });
  });

  it('reads years and adoption levels', () => {
    expect(readYear('2024年度')).toEqual({ kind: 'value', value: 2024 });
    expect(readYear(2023)).toEqual({ kind: 'value', value: 2023 });
    expect(readYear('去年')).toEqual({ kind: 'invalid', text: '去年' });
    expect(readLevel('市级')).toEqual({ kind: 'value', value: 'city' });
    expect(readLevel('省级采用')).toEqual({ kind: 'value', value: 'province' });
    expect(readLevel('中央')).toEqual({ kind: 'value', value: 'national' });
    expect(readLevel('县级')).toEqual({ kind: 'invalid', text: '县级' });
    expect(readLevel(null)).toEqual({ kind: 'blank' });
  });

  it('recognises totals labels but not unit names', () => {
    for (const label of ['合计', '合  计', '总计', '小计', '全市合计', '全市'])
      expect(isTotalLabel(label)).toBe(true);
    for (const label of ['洛阳市教育局', '计生办', '']) expect(isTotalLabel(label)).toBe(false);
  });

  it('takes a period from a title, a sheet name or a file name, but not a range of months', () => {
    expect(periodOf('洛阳市2024年3月政务信息报送采用情况通报')).toEqual({ year: 2024, month: 3 });
    expect(periodOf('2024年1-6月政务信息报送情况')).toEqual({ year: 2024 });
    expect(periodOf('三月')).toEqual({ month: 3 });
    expect(periodOf('demo-ledger-2024.xlsx')).toEqual({ year: 2024 });
    expect(periodOf('Sheet1')).toEqual({});
  });
});
