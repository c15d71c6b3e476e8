import { yearsText } from '../lib/summary-format.ts';
import type { ExportItem, Provenance } from './export-item.ts';

/** `数据来源：12 份政府信息公开工作年度报告，统计年度 2019—2024 年` (or that the count is unknown). */
export function sourceLine(provenance: Provenance | undefined): string {
  if (provenance === undefined) return '数据来源：政府信息公开工作年度报告（份数未能统计）';
  const { reportCount, years } = provenance;
  const first = years[0];
  const last = years.at(-1);
  const span =
    first === undefined || last === undefined
      ? ''
      : `，统计年度 ${yearsText(first, last).replace('年', ' 年')}`;
  return `数据来源：${reportCount} 份政府信息公开工作年度报告${span}`;
}

/** Warnings a reader must see beside the chart: error findings and demo data; empty when none. */
export function provenanceNotes(provenance: Provenance | undefined): string[] {
  if (provenance === undefined) return [];
  const notes: string[] = [];
  if (provenance.sources.demo > 0) {
    notes.push(
      provenance.sources.demo === provenance.reportCount
        ? '演示数据：图中数字全部来自演示报告，并非真实年报'
        : `演示数据：其中 ${provenance.sources.demo} 份为演示报告，并非真实年报`,
    );
  }
  if (provenance.flaggedCount > 0) {
    notes.push(`注意：其中 ${provenance.flaggedCount} 份报告存在错误核对结果，相关数字请核实后引用`);
  }
  return notes;
}

/** The source line and warnings of an item: its own for non-report data, else from its provenance. */
export function itemSource(item: Pick<ExportItem, 'provenance' | 'source'>): {
  line: string;
  notes: string[];
} {
  return item.source ?? { line: sourceLine(item.provenance), notes: provenanceNotes(item.provenance) };
}

/** `生成日期：2025-01-02` in local time. */
export function generatedLine(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return Number.isNaN(date.getTime())
    ? `生成日期：${iso}`
    : `生成日期：${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
