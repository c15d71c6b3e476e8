import type { LedgerRowIssueDto } from '@nianbao/schema';
import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { normaliseText } from './ledger-values.ts';
import type { LedgerRow } from './read-ledger-rows.ts';

/** Agency names as ledgers write them: no spaces, full-width folded, brackets unified. */
const unitKey = (name: string) => normaliseText(name).replace(/[（]/gu, '(').replace(/[）]/gu, ')');

/** Looks ledger unit names up among the stored agencies (agency names are unique in a store). */
export class UnitIndex {
  readonly #byName: Map<string, number>;

  private constructor(byName: Map<string, number>) {
    this.#byName = byName;
  }

  /** Loads every agency's name. */
  static async load(db: Kysely<Database>): Promise<UnitIndex> {
    const rows = await db.selectFrom('agencies').select(['id', 'name']).execute();
    return new UnitIndex(new Map(rows.map((row) => [unitKey(row.name), row.id])));
  }

  /** The agency a row names, or the issue that says it is not in the store. */
  resolve(row: LedgerRow): { agencyId: number } | { issue: LedgerRowIssueDto } {
    const agencyId = this.#byName.get(unitKey(row.unit));
    if (agencyId !== undefined) return { agencyId };
    return {
      issue: {
        sheet: row.sheet,
        row: row.row,
        unit: row.unit,
        code: 'unknown_unit',
        message: `unit "${row.unit}" is not an agency in the store`,
      },
    };
  }
}
