import type { ParsedReport } from '@nianbao/parser';
import type { Insertable } from 'kysely';
import type { FactTable, FindingTable, ReportValueTable } from '../database.ts';

/** The value rows of a report: every printed cell with where it was read. */
export function valueRows(reportId: number, parsed: ParsedReport): Insertable<ReportValueTable>[] {
  return Object.entries(parsed.values).map(([code, value]) => {
    const cell = parsed.cells[code];
    return {
      report_id: reportId,
      code,
      value,
      blank: value === null,
      start: cell?.start ?? null,
      end: cell?.end ?? null,
      table: cell?.table ?? null,
      row: cell?.row ?? null,
      col: cell?.col ?? null,
    };
  });
}

/** The fact rows of a report, in the order the prose states them. */
export function factRows(reportId: number, parsed: ParsedReport): Insertable<FactTable>[] {
  return parsed.facts.map((fact) => ({
    report_id: reportId,
    label: fact.label,
    value: fact.value,
    unit: fact.unit,
    code: fact.code,
    start: fact.start,
    end: fact.end,
    approximate: fact.approximate ?? false,
  }));
}

/** The finding rows of a report; codes are kept as a JSON array. */
export function findingRows(reportId: number, parsed: ParsedReport): Insertable<FindingTable>[] {
  return parsed.findings.map((finding) => ({
    report_id: reportId,
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    codes: JSON.stringify(finding.codes),
  }));
}
