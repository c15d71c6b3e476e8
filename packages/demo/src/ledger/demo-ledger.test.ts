import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../generate/manifest.ts';
import { allocate, type DemoLedgerRow, demoLedger } from './demo-ledger.ts';
import { LEDGER_HEADER } from './ledger-layout.ts';
import { renderLedgerCsv, renderLedgerXlsx } from './render-ledger.ts';

const MANIFEST = fileURLToPath(new URL('../../../../data/reports/demo/manifest.json', import.meta.url));
const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as Manifest;
const ledger = demoLedger(manifest.files, { year: 2024, seed: manifest.seed });

function byUnit(rows: readonly DemoLedgerRow[]) {
  const out = new Map<string, { submitted: number; adopted: number; months: number }>();
  for (const r of rows) {
    const t = out.get(r.agency) ?? { submitted: 0, adopted: 0, months: 0 };
    out.set(r.agency, {
      submitted: t.submitted + r.submitted,
      adopted: t.adopted + r.adopted,
      months: t.months + 1,
    });
  }
  return out;
}

describe('demo ledger', () => {
  it('splits a total over weights exactly', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocate(0, [1, 2])).toEqual([0, 0]);
    expect(allocate(7, [0.5, 1.5]).reduce((a, b) => a + b, 0)).toBe(7);
  });

  it("gives every unit with a 2024 report twelve months that add up to its report's 报送/采用 figures", () => {
    const reports = manifest.files.filter((f) => f.year === 2024);
    const units = byUnit(ledger.rows);
    expect([...units.keys()].sort()).toEqual(reports.map((r) => r.agency).sort());
    let stated = 0;
    for (const report of reports) {
      const unit = units.get(report.agency);
      expect(unit?.months, report.agency).toBe(12);
      const submitted = report.facts['narrative.info_submitted'];
      const adopted = report.facts['narrative.info_adopted'];
      if (submitted !== undefined) {
        stated += 1;
        expect(unit?.submitted, report.agency).toBe(submitted);
      }
      if (adopted !== undefined) expect(unit?.adopted, report.agency).toBe(adopted);
    }
    // Most reports state the figures; the check above is not vacuous.
    expect(stated).toBeGreaterThan(reports.length / 2);
  });

  it('never adopts more than was submitted in a month, and the levels add up to what was adopted', () => {
    for (const row of ledger.rows) {
      expect(row.adopted).toBeLessThanOrEqual(row.submitted);
      expect(row.city + row.province + row.national).toBe(row.adopted);
    }
    expect(ledger.city).toBe('洛阳市');
  });

  it('renders the same bytes for the same ledger, an xlsx with a merged title and a GB18030 CSV with totals', async () => {
    const xlsx = await renderLedgerXlsx(ledger);
    expect(await renderLedgerXlsx(demoLedger(manifest.files, { year: 2024, seed: manifest.seed }))).toEqual(
      xlsx,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('A1').value).toBe('洛阳市2024年度政务信息报送采用情况统计表（演示数据）');
    expect(sheet?.getCell('J1').isMerged).toBe(true);
    expect(sheet?.getRow(3).values).toEqual([undefined, ...LEDGER_HEADER]);
    // Each unit's name is merged down over its twelve months.
    expect(sheet?.getCell('B15').master.address).toBe('B4');

    const csv = iconv.decode(Buffer.from(renderLedgerCsv(ledger)), 'gb18030').split('\r\n');
    expect(csv[2]).toBe(LEDGER_HEADER.join(','));
    const total = csv[csv.length - 3]?.split(',') ?? [];
    expect(total[0]).toBe('合计');
    expect(Number(total[4])).toBe(ledger.rows.reduce((a, r) => a + r.submitted, 0));
  });
});
