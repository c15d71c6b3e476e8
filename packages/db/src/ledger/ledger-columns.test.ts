import { describe, expect, it } from 'vitest';
import { fieldOfLabel, findHeader } from './ledger-columns.ts';
import type { LedgerSheet, SheetCell } from './ledger-sheet.ts';

const sheet = (rows: SheetCell[][]): LedgerSheet => ({
  name: null,
  rows: rows.map((cells, i) => ({ number: i + 1, cells })),
});

describe('ledger column matching', () => {
  it('maps the header words real ledgers use, units in brackets and all', () => {
    expect(fieldOfLabel('报送单位')).toBe('unit');
    expect(fieldOfLabel('部门')).toBe('unit');
    expect(fieldOfLabel('月 份')).toBe('month');
    expect(fieldOfLabel('报送条数（条）')).toBe('submitted');
    expect(fieldOfLabel('上报信息(条)')).toBe('submitted');
    expect(fieldOfLabel('采用条数【条】')).toBe('adopted');
    expect(fieldOfLabel('采用级别')).toBe('level');
    expect(fieldOfLabel('层级')).toBe('level');
    expect(fieldOfLabel('其中：省级采用')).toBe('province');
    expect(fieldOfLabel('国家级')).toBe('national');
    expect(fieldOfLabel('所属县区')).toBe('region');
    expect(fieldOfLabel('采用率（%）')).toBeUndefined();
    expect(fieldOfLabel('序号')).toBeUndefined();
  });

  it('finds the header below merged title rows, even when the title names units, submission and adoption', () => {
    const found = findHeader(
      sheet([
        ['各单位2024年政务信息报送采用情况统计表', null, null, null],
        ['填报单位：市政府办公室', null, null, '单位：条'],
        [null, null, null, null],
        ['序号', '单位名称', '月份', '报送数（条）', '采用数（条）'],
        [1, '洛阳市教育局', '1月', 10, 4],
      ]),
    );
    expect(found).toMatchObject({
      headerIndex: 3,
      dataIndex: 4,
      columns: { unit: 1, month: 2, submitted: 3, adopted: 4 },
      labels: { unit: '单位名称', submitted: '报送数（条）' },
    });
  });

  it('reads level columns from a second header row under a merged 采用数 group', () => {
    const found = findHeader(
      sheet([
        ['单位', '月份', '报送数', '采用数', null, null, null],
        [null, null, null, '合计', '市级', '省级', '国家级'],
        ['洛阳市教育局', 1, 10, 4, 3, 1, 0],
      ]),
    );
    expect(found?.dataIndex).toBe(2);
    expect(found?.columns).toEqual({
      unit: 0,
      month: 1,
      submitted: 2,
      adopted: 3,
      city: 4,
      province: 5,
      national: 6,
    });
  });

  it('does not take a first data row as a second header row', () => {
    const found = findHeader(
      sheet([
        ['单位', '月份', '报送数', '采用数'],
        ['涧西区新塘街道办事处', '3月', null, null],
      ]),
    );
    expect(found?.dataIndex).toBe(1);
  });

  it('finds nothing in a sheet without the three required columns', () => {
    expect(
      findHeader(
        sheet([
          ['单位', '月份', '报送数'],
          ['洛阳市教育局', 1, 3],
        ]),
      ),
    ).toBeUndefined();
  });
});
