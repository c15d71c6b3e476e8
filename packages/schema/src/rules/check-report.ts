import { derivedBlanks } from '../derive-cells.ts';
import type { Template } from '../metric.ts';
import type { Fact, Finding, Values } from '../parse-result.ts';
import { ReportCells } from '../report-cells.ts';
import { createCellReader } from './cell-reader.ts';
import { checkR1 } from './r1-balance.ts';
import { checkR2 } from './r2-applicant-sum.ts';
import { checkR3 } from './r3-result-sum.ts';
import { checkR4 } from './r4-review-litigation.ts';
import { checkR5 } from './r5-adoption-rate.ts';
import { checkR6 } from './r6-applications-received.ts';
import { checkR7 } from './r7-blank-cells.ts';

/**
 * Runs the in-report rules R1–R7 (spec/metrics.md) on one report's printed values and coded facts.
 * Rules skip when a cell they need is absent; blanks read as 0 and R7 lists them, including those
 * read by the derived category sums and `d.*` sums.
 */
export function checkReport(values: Values, facts: readonly Fact[], template: Template): Finding[] {
  // One merged view shared by the rules and the derived sums, instead of a copy of the values each.
  const cells = new ReportCells(values, facts);
  const read = createCellReader(cells);
  const findings = [
    ...checkR1(read),
    ...checkR2(read),
    ...checkR3(read, template),
    ...checkR4(read),
    ...checkR5(read),
    ...checkR6(read),
  ];
  const blanksReadAsZero = derivedBlanks(cells, template);
  if (read.blanks.size === 0 && blanksReadAsZero.size === 0) return findings;
  return [...findings, ...checkR7([...read.blanks, ...blanksReadAsZero])];
}
