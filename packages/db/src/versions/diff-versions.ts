import type { ReportDiffDto } from '@nianbao/schema';
import type { Store } from '../store.ts';
import { ReportNotFoundError, VersionNotFoundError } from './report-errors.ts';

type Change = ReportDiffDto['changes'][number];

/**
 * Value-level diff from version `fromVersion` of a report's agency and year to the report itself:
 * every code whose value changed, appeared or disappeared, in code order. Values are the effective
 * ones (corrections included), as every other read shows them.
 */
export async function diffReportVersions(
  store: Store,
  id: number,
  fromVersion: number,
): Promise<ReportDiffDto> {
  const { db } = store;
  const to = await db
    .selectFrom('reports')
    .select(['id', 'agency_id', 'year', 'version'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!to) throw new ReportNotFoundError(id);
  const from =
    fromVersion === to.version
      ? to
      : to.year === null
        ? undefined
        : await db
            .selectFrom('reports')
            .select(['id', 'agency_id', 'year', 'version'])
            .where('agency_id', '=', to.agency_id)
            .where('year', '=', to.year)
            .where('version', '=', fromVersion)
            .executeTakeFirst();
  if (!from) throw new VersionNotFoundError(id, fromVersion);
  const ends = {
    from: { reportId: from.id, version: from.version },
    to: { reportId: to.id, version: to.version },
  };
  if (from.id === to.id) return { ...ends, changes: [] };

  const rows = await db
    .selectFrom('report_values')
    .select(['report_id', 'code', 'value'])
    .where('report_id', 'in', [from.id, to.id])
    .execute();
  const before = new Map<string, number | null>();
  const after = new Map<string, number | null>();
  for (const row of rows) (row.report_id === from.id ? before : after).set(row.code, row.value);

  const changes: Change[] = [];
  for (const code of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const had = before.has(code);
    const has = after.has(code);
    const a = before.get(code) ?? null;
    const b = after.get(code) ?? null;
    if (had && has && a === b) continue;
    changes.push({ code, change: had && has ? 'changed' : has ? 'added' : 'removed', before: a, after: b });
  }
  return { ...ends, changes };
}
