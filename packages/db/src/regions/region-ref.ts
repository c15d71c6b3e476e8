import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database, RegionLevel } from '../database.ts';
import { normaliseRegionCode } from './gbt-code.ts';

/** A region named by its GB/T 2260 code or, for regions whose code is not known yet, by its id. */
export interface RegionRef {
  code?: string | undefined;
  id?: number | undefined;
}

/** One stored region. */
export interface RegionRow {
  id: number;
  code: string | null;
  name: string;
  level: RegionLevel | null;
  parentId: number | null;
}

/** Thrown when a filter names a region the store does not have. */
export class UnknownRegionError extends Error {
  override readonly name = 'UnknownRegionError';
  readonly code = 'region_not_found';

  constructor(ref: RegionRef) {
    super(
      ref.code !== undefined
        ? `no region with code ${JSON.stringify(ref.code)} in the store (see /api/regions)`
        : `no region with id ${ref.id} in the store (see /api/regions)`,
    );
  }
}

/** The region a filter names, undefined when the filter names none; throws UnknownRegionError. */
export async function resolveRegion(db: Kysely<Database>, ref: RegionRef): Promise<RegionRow | undefined> {
  if (ref.code === undefined && ref.id === undefined) return undefined;
  const code = ref.code === undefined ? undefined : (normaliseRegionCode(ref.code) ?? ref.code);
  const row = await db
    .selectFrom('regions')
    .select(['id', 'code', 'name', 'level', 'parent_id'])
    .$if(code !== undefined, (qb) => qb.where('code', '=', code ?? ''))
    .$if(ref.id !== undefined, (qb) => qb.where('id', '=', ref.id ?? 0))
    .executeTakeFirst();
  if (!row) throw new UnknownRegionError(ref);
  return { id: row.id, code: row.code, name: row.name, level: row.level, parentId: row.parent_id };
}

/**
 * The ids of a region and all its descendants. Read models filter with this list rather than with
 * `inRegionSubtree`: PostgreSQL cannot estimate a recursive query's size, guesses a thousand
 * regions, and then scans whole value tables where a county needs a few index lookups.
 */
export async function regionSubtreeIds(db: Kysely<Database>, regionId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('regions')
    .select('id')
    .where(inRegionSubtree('regions.id', regionId))
    .execute();
  return rows.map((r) => r.id);
}

/**
 * `column in (the region and all its descendants)`, as a recursive query both engines run inside
 * the outer statement, so a province-wide filter never becomes a long parameter list. `union`
 * (not `union all`) keeps a mistaken cycle in parent links from recursing forever.
 */
export function inRegionSubtree(column: string, regionId: number): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (
    with recursive subtree(id) as (
      select id from regions where id = ${regionId}
      union
      select regions.id from regions inner join subtree on regions.parent_id = subtree.id
    )
    select id from subtree
  )`;
}
