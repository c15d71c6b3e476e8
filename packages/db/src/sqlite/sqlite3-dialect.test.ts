import { join } from 'node:path';
import { type ColumnType, type Generated, Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test-support/temp-dir.ts';
import { Sqlite3Dialect } from './sqlite3-dialect.ts';

interface TestDb {
  item: {
    id: Generated<number>;
    name: string;
    n: ColumnType<number, number | undefined>;
    data: Uint8Array | null;
  };
}

let db: Kysely<TestDb>;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  db = new Kysely<TestDb>({ dialect: new Sqlite3Dialect({ filename: join(temp.dir, 'test.db') }) });
  await db.schema
    .createTable('item')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('data', 'blob')
    .execute();
});

afterEach(async () => {
  await db.destroy();
  await cleanup();
});

/** Lets every other pending callback run, so concurrent work gets a chance to interleave. */
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Sqlite3Dialect', () => {
  it('opens the file in WAL mode with foreign keys on', async () => {
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    expect(journal.rows[0]?.journal_mode).toBe('wal');
    expect(fk.rows[0]?.foreign_keys).toBe(1);
  });

  it('reports the insertId of an insert', async () => {
    const first = await db.insertInto('item').values({ name: 'a' }).executeTakeFirstOrThrow();
    const second = await db.insertInto('item').values({ name: 'b' }).executeTakeFirstOrThrow();
    expect(first.insertId).toBe(1n);
    expect(second.insertId).toBe(2n);
    expect(second.numInsertedOrUpdatedRows).toBe(1n);
  });

  it('reports no insertId when an insert wrote nothing', async () => {
    await db.insertInto('item').values({ id: 7, name: 'a' }).execute();
    const again = await db
      .insertInto('item')
      .values({ id: 7, name: 'dup' })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirstOrThrow();
    expect(again.numInsertedOrUpdatedRows).toBe(0n);
    expect(again.insertId).toBeUndefined();
  });

  it('reports numAffectedRows of updates and deletes', async () => {
    await db
      .insertInto('item')
      .values([{ name: 'a' }, { name: 'b' }, { name: 'c' }])
      .execute();
    const updated = await db
      .updateTable('item')
      .set({ n: 5 })
      .where('name', '!=', 'c')
      .executeTakeFirstOrThrow();
    const deleted = await db.deleteFrom('item').where('n', '=', 5).executeTakeFirstOrThrow();
    expect(updated.numUpdatedRows).toBe(2n);
    expect(deleted.numDeletedRows).toBe(2n);
  });

  it('returns rows for insert/update/delete with returning', async () => {
    const inserted = await db
      .insertInto('item')
      .values([{ name: 'a' }, { name: 'b' }])
      .returning(['id', 'name'])
      .execute();
    const updated = await db
      .updateTable('item')
      .set({ n: 3 })
      .where('name', '=', 'b')
      .returning('n')
      .execute();
    const deleted = await db.deleteFrom('item').where('name', '=', 'a').returning('id').execute();
    expect(inserted).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'b' },
    ]);
    expect(updated).toEqual([{ n: 3 }]);
    expect(deleted).toEqual([{ id: 1 }]);
  });

  it('returns the rows of raw sql selects', async () => {
    await db.insertInto('item').values({ name: 'x', n: 4 }).execute();
    const result = await sql<{ total: number }>`select sum(n) as total from item`.execute(db);
    expect(result.rows).toEqual([{ total: 4 }]);
  });

  it('runs raw statements without result sets through all(), so they report no counts', async () => {
    await db.insertInto('item').values({ name: 'x' }).execute();
    const raw = await sql`delete from item where name = ${'x'}`.execute(db);
    expect(raw.rows).toEqual([]);
    expect(raw.numAffectedRows).toBeUndefined();
    expect(await db.selectFrom('item').selectAll().execute()).toEqual([]);
  });

  it('returns the plan rows of an explained insert and writes nothing', async () => {
    const plan = await db.insertInto('item').values({ name: 'x' }).explain();
    expect(plan.length).toBeGreaterThan(0);
    expect(await db.selectFrom('item').selectAll().execute()).toEqual([]);
  });

  it('stores Uint8Array parameters as blobs', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]).subarray(1);
    await db.insertInto('item').values({ name: 'bin', data: bytes }).execute();
    const row = await db.selectFrom('item').select('data').executeTakeFirstOrThrow();
    expect(row.data && Array.from(row.data)).toEqual([1, 2, 250, 255]);
  });

  it('rolls back a failed transaction', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('item').values({ name: 'lost' }).execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await db.selectFrom('item').selectAll().execute();
    expect(rows).toEqual([]);
  });

  it('rolls back to a savepoint inside a controlled transaction', async () => {
    const trx = await db.startTransaction().execute();
    await trx.insertInto('item').values({ name: 'kept' }).execute();
    const sp = await trx.savepoint('sp1').execute();
    await sp.insertInto('item').values({ name: 'undone' }).execute();
    const back = await sp.rollbackToSavepoint('sp1').execute();
    await back.commit().execute();
    const names = await db.selectFrom('item').select('name').execute();
    expect(names).toEqual([{ name: 'kept' }]);
  });

  it('serializes concurrent transactions so their statements never interleave', async () => {
    await db.insertInto('item').values({ name: 'counter', n: 0 }).execute();
    const increment = (label: string) =>
      db.transaction().execute(async (trx) => {
        const { n } = await trx
          .selectFrom('item')
          .select('n')
          .where('name', '=', 'counter')
          .executeTakeFirstOrThrow();
        await yieldTurn();
        await trx
          .insertInto('item')
          .values({ name: `${label}-1` })
          .execute();
        await yieldTurn();
        await trx
          .insertInto('item')
          .values({ name: `${label}-2` })
          .execute();
        await trx
          .updateTable('item')
          .set({ n: n + 1 })
          .where('name', '=', 'counter')
          .execute();
      });
    await Promise.all([increment('a'), increment('b'), increment('c')]);
    const rows = await db.selectFrom('item').select(['name', 'n']).orderBy('id').execute();
    expect(rows[0]).toEqual({ name: 'counter', n: 3 });
    const names = rows.slice(1).map((r) => r.name);
    expect(names).toEqual(['a-1', 'a-2', 'b-1', 'b-2', 'c-1', 'c-2']);
  });

  it('lets a plain query wait for a running transaction instead of joining it', async () => {
    let outsideSaw: number | undefined;
    await Promise.all([
      db
        .transaction()
        .execute(async (trx) => {
          await trx.insertInto('item').values({ name: 'in-trx' }).execute();
          await yieldTurn();
          await yieldTurn();
          throw new Error('abort');
        })
        .catch(() => undefined),
      (async () => {
        await yieldTurn();
        const rows = await db.selectFrom('item').selectAll().execute();
        outsideSaw = rows.length;
      })(),
    ]);
    expect(outsideSaw).toBe(0);
  });

  it('streams select results in chunks', async () => {
    await db
      .insertInto('item')
      .values(Array.from({ length: 25 }, (_, i) => ({ name: `r${i}`, n: i })))
      .execute();
    const seen: number[] = [];
    for await (const row of db.selectFrom('item').select('n').orderBy('n').stream(10)) {
      seen.push(row.n);
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });
});
