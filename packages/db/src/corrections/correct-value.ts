import type { CorrectionResultDto } from '@nianbao/schema';
import { type Actor, recordAudit } from '../audit/audit-log.ts';
import { startRecount } from '../rollups/rollup-writes.ts';
import { rerunCrossReportRules } from '../rules/cross-report-rules.ts';
import { refreshDerivedValues } from '../rules/derived-values.ts';
import type { Store } from '../store.ts';
import { ReportNotFoundError } from '../versions/report-errors.ts';
import { writeDb } from '../write-tables.ts';
import { assertCorrectable } from './correctable.ts';
import { recheckReport } from './recheck-report.ts';

/** One correction of one value. */
export interface CorrectionInput {
  reportId: number;
  code: string;
  /** The right value; null when the cell really is blank. */
  value: number | null;
  /** Required: the audit log must say why. */
  reason: string;
  actor: Actor;
}

/** Thrown for a correction without a reason. */
export class CorrectionReasonError extends Error {
  override readonly name = 'CorrectionReasonError';
  readonly code = 'reason_required';
}

/**
 * Sets a value of a live report in one transaction. `report_values` takes the new value, so every
 * read (series, rankings, derived values, findings) follows; `value_corrections` keeps the value
 * the parser extracted; the audit log gets who, when, old, new and why. Setting a value back to the
 * extracted one removes the correction (and is logged too). Asking for the value it already has
 * writes nothing.
 */
export async function correctValue(store: Store, input: CorrectionInput): Promise<CorrectionResultDto> {
  const { reportId, code, value, actor } = input;
  const reason = input.reason.trim();
  if (reason === '') throw new CorrectionReasonError(`a correction of ${code} needs a reason`);
  return store.db.transaction().execute(async (trx) => {
    const w = writeDb(trx);
    const report = await trx
      .selectFrom('reports')
      .select(['agency_id', 'year', 'template'])
      .where('id', '=', reportId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!report) throw new ReportNotFoundError(reportId);
    assertCorrectable(code, report.template);

    const [cell, existing] = await Promise.all([
      trx
        .selectFrom('report_values')
        .select(['value', 'blank'])
        .where('report_id', '=', reportId)
        .where('code', '=', code)
        .executeTakeFirst(),
      w
        .selectFrom('value_corrections')
        .selectAll()
        .where('report_id', '=', reportId)
        .where('code', '=', code)
        .executeTakeFirst(),
    ]);
    const extracted = existing
      ? {
          value: existing.extracted_value,
          blank: Boolean(existing.extracted_blank),
          present: Boolean(existing.extracted_present),
        }
      : { value: cell?.value ?? null, blank: Boolean(cell?.blank), present: cell !== undefined };
    const old = cell ? cell.value : null;
    if (cell && old === value) {
      return {
        reportId,
        code,
        value,
        extracted: extracted.value,
        corrected: existing !== undefined,
        changed: false,
        auditId: null,
      };
    }

    // The region rollups take the report out with its old values and back with the new ones.
    const recount = await startRecount(trx, [{ agencyId: report.agency_id, year: report.year }]);
    const now = new Date().toISOString();
    const backToExtracted = extracted.present && extracted.value === value;
    if (backToExtracted) {
      await w
        .deleteFrom('value_corrections')
        .where('report_id', '=', reportId)
        .where('code', '=', code)
        .execute();
    } else {
      const row = { value, reason, corrected_by: actor.name, corrected_at: now };
      if (existing) {
        await w
          .updateTable('value_corrections')
          .set(row)
          .where('report_id', '=', reportId)
          .where('code', '=', code)
          .execute();
      } else {
        await w
          .insertInto('value_corrections')
          .values({
            report_id: reportId,
            code,
            extracted_value: extracted.value,
            extracted_blank: extracted.blank,
            extracted_present: extracted.present,
            ...row,
          })
          .execute();
      }
    }
    // A blank cell stays marked blank only while it holds no number.
    const blank = backToExtracted ? extracted.blank : value === null;
    if (cell) {
      await trx
        .updateTable('report_values')
        .set({ value, blank })
        .where('report_id', '=', reportId)
        .where('code', '=', code)
        .execute();
    } else {
      const table = code.slice(0, code.indexOf('.'));
      await trx
        .insertInto('report_values')
        .values({
          report_id: reportId,
          code,
          value,
          blank,
          start: null,
          end: null,
          table,
          row: null,
          col: null,
        })
        .execute();
    }

    await refreshDerivedValues(trx, reportId);
    await recount.finish();
    await recheckReport(trx, reportId);
    await rerunCrossReportRules(trx, { agencyId: report.agency_id, year: report.year });
    const auditId = await recordAudit(w, {
      action: 'correct',
      reportId,
      code,
      oldValue: old,
      newValue: value,
      reason,
      actor,
      at: now,
    });
    return {
      reportId,
      code,
      value,
      extracted: extracted.value,
      corrected: !backToExtracted,
      changed: true,
      auditId,
    };
  });
}
