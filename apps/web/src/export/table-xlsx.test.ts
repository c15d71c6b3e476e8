import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnName, tableToXlsx } from './table-xlsx.ts';

describe('tableToXlsx', () => {
  it('writes a workbook Excel readers open, with headers, numbers as numbers and empty cells', async () => {
    const bytes = tableToXlsx(
      {
        columns: [{ header: '单位' }, { header: '申请收到数', unit: '件' }, { header: '存在错误核对结果' }],
        rows: [
          ['嵩县 <本级> & 下属', 120, '否'],
          ['栾川县', null, '是'],
        ],
      },
      '新收申请数（件）: 2024/洛阳市',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.slice().buffer);
    const sheet = book.worksheets[0];
    expect(sheet?.name).toBe('新收申请数（件）  2024 洛阳市');
    const values = [1, 2, 3].map((r) => [1, 2, 3].map((c) => sheet?.getRow(r).getCell(c).value ?? null));
    expect(values).toEqual([
      ['单位', '申请收到数（件）', '存在错误核对结果'],
      ['嵩县 <本级> & 下属', 120, '否'],
      ['栾川县', null, '是'],
    ]);
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
