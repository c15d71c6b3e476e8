import { type Kysely, sql } from 'kysely';
import type { SqlDialectName } from '../database.ts';

/*
 * Province scale (300,000 reports). Report rows carry the file and its text, so on SQLite the
 * columns after them (is_current, deleted_at) sit on overflow pages: checking whether a report is
 * current read ~13 KB. The two covering indexes answer every read model's report scope (by agency
 * or by year) without touching report rows. The rollups hold region sums per metric, year and
 * kind, so a province's series reads a few hundred rows instead of 130,000 reports' values.
 */

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Database.
export async function up(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  await db.schema.dropIndex('reports_agency_year_idx').execute();
  await db.schema
    .createIndex('reports_agency_scope_idx')
    .on('reports')
    .columns(['agency_id', 'year', 'is_current', 'deleted_at', 'template'])
    .execute();
  await db.schema
    .createIndex('reports_year_scope_idx')
    .on('reports')
    .columns(['year', 'is_current', 'deleted_at', 'agency_id', 'template'])
    .execute();

  await db.schema
    .createTable('region_rollups')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('region_id', 'integer', (c) => c.notNull().references('regions.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('total', 'double precision', (c) => c.notNull())
    .addColumn('den', 'double precision', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addColumn('flagged', 'integer', (c) => c.notNull())
    .addColumn('editions_2019', 'integer', (c) => c.notNull())
    .addColumn('editions_2021', 'integer', (c) => c.notNull())
    // Code first: a series or comparison asks for a few codes over many regions.
    .addPrimaryKeyConstraint('region_rollups_pk', ['code', 'region_id', 'year', 'kind'])
    .$call((b) => (dialect === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
    .execute();
  await db.schema
    .createTable('rollup_agencies')
    .addColumn('agency_id', 'integer', (c) => c.primaryKey().references('agencies.id').onDelete('cascade'))
    .addColumn('region_id', 'integer', (c) => c.references('regions.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('rollup_dirty_regions')
    .addColumn('region_id', 'integer', (c) => c.notNull())
    .execute();
  // A region moved in the tree (or given a level) may change where its agencies are counted; the
  // next write settles them (rollups/rollup-keys.ts).
  if (dialect === 'postgres') {
    await sql`create or replace function nianbao_rollup_dirty_region() returns trigger language plpgsql as $$
      begin
        insert into rollup_dirty_regions (region_id) values (new.id);
        return null;
      end
    $$`.execute(db);
    await sql`create trigger regions_rollup_dirty after update of parent_id, level on regions for each row
      when (old.parent_id is distinct from new.parent_id or old.level is distinct from new.level)
      execute function nianbao_rollup_dirty_region()`.execute(db);
  } else {
    await sql`create trigger regions_rollup_dirty after update of parent_id, level on regions
      when old.parent_id is not new.parent_id or old.level is not new.level
      begin insert into rollup_dirty_regions (region_id) values (new.id); end`.execute(db);
  }
  // Filled by 0031, which reshapes rollup_agencies first (stores that ran this migration before
  // 0031 existed were filled here and are refilled there).
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>, dialect: SqlDialectName): Promise<void> {
  await sql`drop trigger if exists regions_rollup_dirty ${dialect === 'postgres' ? sql`on regions` : sql``}`.execute(
    db,
  );
  if (dialect === 'postgres') await sql`drop function if exists nianbao_rollup_dirty_region()`.execute(db);
  await db.schema.dropTable('rollup_dirty_regions').execute();
  await db.schema.dropTable('rollup_agencies').execute();
  await db.schema.dropTable('region_rollups').execute();
  await db.schema.dropIndex('reports_year_scope_idx').execute();
  await db.schema.dropIndex('reports_agency_scope_idx').execute();
  await db.schema
    .createIndex('reports_agency_year_idx')
    .on('reports')
    .columns(['agency_id', 'year'])
    .execute();
}
