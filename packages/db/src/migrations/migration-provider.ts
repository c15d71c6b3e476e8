import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { SqlDialectName } from '../database.ts';
import * as m0001 from './0001-regions-agencies.ts';
import * as m0002 from './0002-reports.ts';
import * as m0003 from './0003-report-contents.ts';
import * as m0004 from './0004-derived-values-regions.ts';
import * as m0005 from './0005-api-tokens.ts';
import * as m0006 from './0006-corrections-audit.ts';
import * as m0007 from './0007-data-version.ts';
import * as m0010 from './0010-ledger.ts';
import * as m0020 from './0020-token-expiry-sessions.ts';
import * as m0030 from './0030-read-model-indexes-rollups.ts';
import * as m0031 from './0031-rollup-chains.ts';
import * as m0032 from './0032-region-name-code-index.ts';

/** A migration module: `up` learns the engine so it can pick engine-specific column idioms. */
interface MigrationModule {
  // biome-ignore lint/suspicious/noExplicitAny: Kysely's Migration interface is typed with Kysely<any>.
  up(db: Kysely<any>, dialect: SqlDialectName): Promise<void>;
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  down?(db: Kysely<any>, dialect: SqlDialectName): Promise<void>;
}

// A static record rather than a folder scan: bundlers and `tsx` see every migration as an import.
const MODULES: Record<string, MigrationModule> = {
  '0001-regions-agencies': m0001,
  '0002-reports': m0002,
  '0003-report-contents': m0003,
  '0004-derived-values-regions': m0004,
  '0005-api-tokens': m0005,
  '0006-corrections-audit': m0006,
  '0007-data-version': m0007,
  '0010-ledger': m0010,
  '0020-token-expiry-sessions': m0020,
  '0030-read-model-indexes-rollups': m0030,
  '0031-rollup-chains': m0031,
  '0032-region-name-code-index': m0032,
};

/** Serves the migrations in this folder, bound to the engine they will run on. */
export class StaticMigrationProvider implements MigrationProvider {
  readonly #dialect: SqlDialectName;

  constructor(dialect: SqlDialectName) {
    this.#dialect = dialect;
  }

  async getMigrations(): Promise<Record<string, Migration>> {
    const dialect = this.#dialect;
    return Object.fromEntries(
      Object.entries(MODULES).map(([name, module]) => {
        const { down } = module;
        const migration: Migration = {
          up: (db) => module.up(db, dialect),
          ...(down ? { down: (db) => down(db, dialect) } : {}),
        };
        return [name, migration];
      }),
    );
  }
}
