import { describe, expect, it } from 'vitest';
import { parseCsv } from '../test-support/api-fixture.ts';
import { csvField, toCsv } from './csv.ts';
import { tableModel } from './table-model.ts';

describe('CSV writer', () => {
  it('quotes per RFC 4180 only where needed', () => {
    expect(csvField('嵩县')).toBe('嵩县');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('一行\r\n二行')).toBe('"一行\r\n二行"');
    expect(csvField(15.91)).toBe('15.91');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('是');
  });

  it('defuses text that a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });

  it('starts with a BOM, ends lines with CRLF, puts units in headers and reads back to the same cells', () => {
    const rows = [
      { name: '嵩县人民政府办公室', count: 9, note: '含"规范性文件",共 9 件\n另附说明' },
      { name: 'B, Inc.', count: null, note: '' },
    ];
    const csv = toCsv(
      tableModel(
        '测试',
        [
          { header: '机构名称', value: (r: (typeof rows)[number]) => r.name },
          { header: '数量', unit: '件', value: (r: (typeof rows)[number]) => r.count },
          { header: '备注', value: (r: (typeof rows)[number]) => r.note },
        ],
        rows,
      ),
    );
    expect(csv.startsWith('\uFEFF机构名称,数量（件）,备注\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['机构名称', '数量（件）', '备注'],
      ['嵩县人民政府办公室', '9', '含"规范性文件",共 9 件\n另附说明'],
      ['B, Inc.', '', ''],
    ]);
  });
});
