import type { Fact, Finding, Template, Values } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

/** A report row as the read-model tests need it; the import pipeline is tested separately. */
export interface SeedReport {
  agencyId: number;
  year: number | null;
  fileName: string;
  template?: Template;
  values?: Values;
  facts?: Fact[];
  findings?: Finding[];
  isCurrent?: boolean;
  deleted?: boolean;
  text?: string;
}

/** Writes one report with its values, facts and findings straight into the tables. */
export async function seedReport(db: Kysely<Database>, seed: SeedReport): Promise<number> {
  const text = seed.text ?? `report ${seed.fileName}`;
  const { id } = await db
    .insertInto('reports')
    .values({
      agency_id: seed.agencyId,
      year: seed.year,
      template: seed.template ?? '2019',
      file_name: seed.fileName,
      sha256: `sha-${seed.fileName}`,
      bytes: new TextEncoder().encode(text),
      text,
      encoding: 'utf-8',
      format: 'txt',
      source: 'demo',
      version: 1,
      is_current: seed.isCurrent ?? true,
      imported_at: '2026-01-01T00:00:00.000Z',
      status: seed.findings?.some((f) => f.severity === 'error') ? 'flagged' : 'ok',
      deleted_at: seed.deleted ? '2026-01-02T00:00:00.000Z' : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const values = Object.entries(seed.values ?? {});
  for (const [index, [code, value]] of values.entries()) {
    await db
      .insertInto('report_values')
      .values({
        report_id: id,
        code,
        value,
        blank: value === null,
        start: index * 10,
        end: index * 10 + 2,
        table: code.slice(0, 2),
        row: index,
        col: 0,
      })
      .execute();
  }
  for (const fact of seed.facts ?? []) {
    await db
      .insertInto('facts')
      .values({ report_id: id, ...fact, approximate: fact.approximate ?? false })
      .execute();
  }
  for (const finding of seed.findings ?? []) {
    await db
      .insertInto('findings')
      .values({ report_id: id, ...finding, codes: JSON.stringify(finding.codes) })
      .execute();
  }
  return id;
}

/** Creates an agency (and its region, when named) and returns the agency id. */
export async function seedAgency(
  db: Kysely<Database>,
  agency: { name: string; kind: Database['agencies']['kind']; region?: string; regionCode?: string },
): Promise<number> {
  const region = agency.region
    ? await db
        .insertInto('regions')
        .values({ name: agency.region, code: agency.regionCode ?? null, level: 'county', parent_id: null })
        .returning('id')
        .executeTakeFirstOrThrow()
    : undefined;
  const { id } = await db
    .insertInto('agencies')
    .values({ name: agency.name, kind: agency.kind, region_id: region?.id ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
