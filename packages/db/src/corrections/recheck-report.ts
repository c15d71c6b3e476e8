import { checkReport, type Fact, type Values } from '@nianbao/schema';
import { type Kysely, sql } from 'kysely';
import type { Database, ReportStatus } from '../database.ts';
import { insertInChunks } from '../import/insert-in-chunks.ts';
import { trackFlagged } from '../rollups/rollup-status.ts';

/** In-report rules are R1–R7; cross-report rules (X*) belong to rules/cross-report-rules.ts. */
const IN_REPORT_RULE = /^R\d+$/;

/**
 * Re-runs the in-report rules R1–R7 on a report's stored (effective) values and coded facts and
 * replaces its earlier R* findings, then sets its status from all of its findings. Call it inside
 * the transaction that changed the values.
 */
export async function recheckReport(db: Kysely<Database>, reportId: number): Promise<void> {
  const report = await db
    .selectFrom('reports')
    .select('template')
    .where('id', '=', reportId)
    .executeTakeFirstOrThrow();
  const [valueRows, factRows, existing] = await Promise.all([
    db.selectFrom('report_values').select(['code', 'value']).where('report_id', '=', reportId).execute(),
    db
      .selectFrom('facts')
      .select(['label', 'value', 'unit', 'code', 'start', 'end'])
      .where('report_id', '=', reportId)
      .orderBy('start')
      .orderBy('id')
      .execute(),
    db.selectFrom('findings').select(['id', 'rule']).where('report_id', '=', reportId).execute(),
  ]);
  const values: Values = Object.fromEntries(valueRows.map((v) => [v.code, v.value]));
  const facts: Fact[] = factRows;
  const stale = existing.filter((f) => IN_REPORT_RULE.test(f.rule)).map((f) => f.id);
  if (stale.length > 0) await db.deleteFrom('findings').where('id', 'in', stale).execute();
  await insertInChunks(
    db,
    'findings',
    checkReport(values, facts, report.template).map((f) => ({
      report_id: reportId,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      codes: JSON.stringify(f.codes),
    })),
  );
  // The rollups count flagged reports: a status that changes moves the report between the counts.
  await trackFlagged(db, [reportId], async () => {
    await db
      .updateTable('reports')
      .set({
        status: sql<ReportStatus>`case when exists (
          select 1 from findings where findings.report_id = reports.id and findings.severity = 'error'
        ) then 'flagged' else 'ok' end`,
      })
      .where('id', '=', reportId)
      .execute();
  });
}
