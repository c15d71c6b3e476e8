import { join } from 'node:path';
import pg from 'pg';
import { makeTempDir } from './temp-dir.ts';

/** A database a test can open with openStore(url), and the function that throws it away. */
export interface TestStoreTarget {
  name: 'sqlite' | 'postgres';
  create(): Promise<{ url: string; cleanup: () => Promise<void> }>;
}

const sqliteTarget: TestStoreTarget = {
  name: 'sqlite',
  async create() {
    const temp = await makeTempDir();
    return { url: `file:${join(temp.dir, 'store', 'nianbao.db')}`, cleanup: temp.cleanup };
  },
};

/** Each test gets its own PostgreSQL schema, selected through the connection's search_path. */
function postgresTarget(baseUrl: string): TestStoreTarget {
  return {
    name: 'postgres',
    async create() {
      const schema = `nianbao_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const url = new URL(baseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return {
        url: url.toString(),
        async cleanup() {
          const client = new pg.Client({ connectionString: baseUrl });
          await client.connect();
          await client.query(`drop schema ${schema} cascade`);
          await client.end();
        },
      };
    },
  };
}

/**
 * The stores the store-level tests run against: always a SQLite file in the temp dir, plus
 * PostgreSQL when PG_TEST_URL names a server. This is the package's only environment read, and
 * it exists only for tests.
 */
export function testStoreTargets(): TestStoreTarget[] {
  const pgUrl = process.env.PG_TEST_URL;
  return pgUrl ? [sqliteTarget, postgresTarget(pgUrl)] : [sqliteTarget];
}
