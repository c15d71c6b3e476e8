import { computeDerived, type Fact, type Template, type Values } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { SqlDialectName } from '../database.ts';

const BACKFILL_BATCH = 500;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
export async function up(db: Kysely<any>, _dialect: SqlDialectName): Promise<void> {
  // Derived values live beside the printed ones, not among them: report_values stays "what the file
  // printed, with where", and rankings read a `d.*` value with one primary-key lookup per report.
  await db.schema
    .createTable('derived_values')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addPrimaryKeyConstraint('derived_values_pk', ['report_id', 'code'])
    .execute();
  // The region tree is walked downwards (a region and all its descendants) by every region filter.
  await db.schema.createIndex('regions_parent_idx').on('regions').column('parent_id').execute();
  await backfill(db);
}

/**
 * Computes derived values for reports stored before this migration. It uses the catalogue as it is
 * when the migration runs; a later change of a formula needs its own recomputation.
 */
// biome-ignore lint/suspicious/noExplicitAny: see up().
async function backfill(db: Kysely<any>): Promise<void> {
  let after = 0;
  for (;;) {
    const reports: { id: number; template: Template }[] = await db
      .selectFrom('reports')
      .select(['id', 'template'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BACKFILL_BATCH)
      .execute();
    const last = reports.at(-1);
    if (last === undefined) return;
    after = last.id;
    const ids = reports.map((r) => r.id);
    const [valueRows, factRows] = await Promise.all([
      db
        .selectFrom('report_values')
        .select(['report_id', 'code', 'value'])
        .where('report_id', 'in', ids)
        .execute(),
      db
        .selectFrom('facts')
        .select(['report_id', 'label', 'value', 'unit', 'code', 'start', 'end'])
        .where('report_id', 'in', ids)
        .where('code', 'is not', null)
        .orderBy('start')
        .orderBy('id')
        .execute(),
    ]);
    const values = new Map<number, Values>();
    for (const row of valueRows) {
      const entry = values.get(row.report_id) ?? {};
      entry[row.code] = row.value;
      values.set(row.report_id, entry);
    }
    const facts = new Map<number, Fact[]>();
    for (const { report_id, ...fact } of factRows)
      facts.set(report_id, [...(facts.get(report_id) ?? []), fact]);
    const rows = reports.flatMap((r) =>
      Object.entries(computeDerived(values.get(r.id) ?? {}, r.template, facts.get(r.id) ?? [])).map(
        ([code, value]) => ({ report_id: r.id, code, value }),
      ),
    );
    // Three columns a row: 1,000 rows stay far below both engines' bound-variable limits.
    for (let i = 0; i < rows.length; i += 1000) {
      await db
        .insertInto('derived_values')
        .values(rows.slice(i, i + 1000))
        .execute();
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('regions_parent_idx').execute();
  await db.schema.dropTable('derived_values').execute();
}
