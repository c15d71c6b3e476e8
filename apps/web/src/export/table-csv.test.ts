import { describe, expect, it } from 'vitest';
import { tableToCsv } from './table-csv.ts';

describe('tableToCsv', () => {
  it('writes a BOM, headers with units, raw numbers, empty cells for no figure, CRLF', () => {
    const csv = tableToCsv({
      columns: [{ header: '年度' }, { header: '洛阳市', unit: '件' }, { header: '纠错率', unit: '%' }],
      rows: [
        [2023, 3925, 12.5],
        [2024, null, null],
      ],
    });
    expect(csv).toBe('\uFEFF年度,洛阳市（件）,纠错率（%）\r\n2023,3925,12.5\r\n2024,,\r\n');
  });

  it('quotes commas, quotes and line breaks, and defuses formula-like text', () => {
    const csv = tableToCsv({ columns: [{ header: '单位' }], rows: [['甲,乙'], ['说"明"'], ['=1+1']] });
    expect(csv.split('\r\n').slice(1, 4)).toEqual(['"甲,乙"', '"说""明"""', "'=1+1"]);
  });
});
