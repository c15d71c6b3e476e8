import type { Store } from '../store.ts';

const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
const sorted = <T>(rows: T[]): T[] => rows.sort(byJson);

/**
 * Everything a store holds about its reports, without row ids or import times: regions by name and
 * parent, agencies by name, and each report (known by its file's hash) with its values, facts,
 * findings and derived values. Two stores that took the same files the same way snapshot equal.
 */
export async function storeSnapshot(store: Store) {
  const { db } = store;
  const regions = await db
    .selectFrom('regions')
    .select(['id', 'name', 'code', 'level', 'parent_id'])
    .execute();
  const regionName = new Map(regions.map((r) => [r.id, `${r.name}/${r.code ?? ''}`]));
  const agencies = await db.selectFrom('agencies').select(['id', 'name', 'kind', 'region_id']).execute();
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  const reports = await db
    .selectFrom('reports')
    .select([
      'id',
      'sha256',
      'agency_id',
      'year',
      'template',
      'file_name',
      'version',
      'is_current',
      'status',
      'deleted_at',
    ])
    .execute();
  const shaOf = new Map(reports.map((r) => [r.id, r.sha256]));
  const perReport = async (table: 'report_values' | 'facts' | 'findings' | 'derived_values') => {
    const rows = await db.selectFrom(table).selectAll().execute();
    return sorted(
      rows.map((row) => {
        const { report_id, id: _id, ...rest } = row as Record<string, unknown> & { report_id: number };
        const entry: Record<string, unknown> = { report: shaOf.get(report_id), ...rest };
        return entry;
      }),
    );
  };
  return {
    regions: sorted(
      regions.map((r) => ({
        name: r.name,
        code: r.code,
        level: r.level,
        parent: r.parent_id === null ? null : regionName.get(r.parent_id),
      })),
    ),
    agencies: sorted(
      agencies.map((a) => ({
        name: a.name,
        kind: a.kind,
        region: a.region_id === null ? null : regionName.get(a.region_id),
      })),
    ),
    reports: sorted(
      reports.map((r) => ({
        sha256: r.sha256,
        agency: agencyName.get(r.agency_id),
        year: r.year,
        template: r.template,
        file: r.file_name,
        version: r.version,
        current: Boolean(r.is_current),
        status: r.status,
        deleted: r.deleted_at !== null,
      })),
    ),
    values: await perReport('report_values'),
    facts: await perReport('facts'),
    findings: await perReport('findings'),
    derived: await perReport('derived_values'),
  };
}
