import type { DemoLedger, DemoLedgerRow } from './demo-ledger.ts';

/** The header row, as the city office's ledger prints it. */
export const LEDGER_HEADER = [
  '序号',
  '报送单位',
  '所属县区',
  '月份',
  '报送信息（条）',
  '采用信息（条）',
  '其中：市级采用',
  '省级采用',
  '国家级采用',
  '采用率（%）',
] as const;

/** The merged title above the header; it says the figures are demo data. */
export const ledgerTitle = (ledger: DemoLedger) =>
  `${ledger.city}${ledger.year}年度政务信息报送采用情况统计表（演示数据）`;

/** The merged line under the title: who filled it in, the period, the unit. */
export const ledgerSubtitle = (ledger: DemoLedger) =>
  `填报单位：${ledger.city}人民政府办公室　　统计时间：${ledger.year}年1月—12月　　单位：条`;

/** The note below the totals row. */
export const LEDGER_NOTE =
  '注：本表为演示数据，由 Nianbao 演示数据生成器生成；各单位全年报送、采用条数与其年度报告中所述一致。';

/** A rate as the sheet prints it: percent with one decimal; blank when nothing was submitted. */
const rate = (adopted: number, submitted: number) =>
  submitted > 0 ? Math.round((adopted / submitted) * 1000) / 10 : null;

/** The cells of one data row. */
export function ledgerRowCells(row: DemoLedgerRow, index: number): (string | number | null)[] {
  return [
    index + 1,
    row.agency,
    row.region,
    `${row.month}月`,
    row.submitted,
    row.adopted,
    row.city,
    row.province,
    row.national,
    rate(row.adopted, row.submitted),
  ];
}

/** The 合计 row under the data. */
export function ledgerTotalCells(rows: readonly DemoLedgerRow[]): (string | number | null)[] {
  const sum = (pick: (r: DemoLedgerRow) => number) => rows.reduce((a, r) => a + pick(r), 0);
  const submitted = sum((r) => r.submitted);
  const adopted = sum((r) => r.adopted);
  return [
    '合计',
    null,
    null,
    null,
    submitted,
    adopted,
    sum((r) => r.city),
    sum((r) => r.province),
    sum((r) => r.national),
    rate(adopted, submitted),
  ];
}
