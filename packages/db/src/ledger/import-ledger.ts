import type { LedgerImportResultDto, LedgerLevel, LedgerRowIssueDto } from '@nianbao/schema';
import type { Insertable } from 'kysely';
import type { ReportSource } from '../database.ts';
import type { Store } from '../store.ts';
import { LedgerFileError } from './ledger-file-error.ts';
import { type LedgerEntryTable, ledgerDb } from './ledger-tables.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { type LedgerRow, readLedgerRows } from './read-ledger-rows.ts';
import { UnitIndex } from './resolve-units.ts';

/** A ledger file to import. */
export interface LedgerImportInput {
  fileName: string;
  bytes: Uint8Array;
  /** `demo` for the generated demo ledger; defaults to `upload`. */
  source?: ReportSource | undefined;
  /** Year of rows that state none anywhere (month, sheet name, title, file name). */
  year?: number | undefined;
}

const LEVELS: readonly LedgerLevel[] = ['city', 'province', 'national'];
// Rows per statement: 14 columns stay far below both engines' bound-parameter limits.
const INSERT_CHUNK = 1000;
const DELETE_CHUNK = 500;

type Entry = Insertable<LedgerEntryTable>;

/**
 * Imports one monthly ledger (CSV or .xlsx) in one transaction. Valid rows are stored; each bad
 * row is returned with its row number and reason; blank, totals and note rows are listed as
 * skipped. A unit's month replaces what an earlier import stored for it. Throws LedgerFileError
 * when the file cannot be read or has no ledger header.
 */
export async function importLedger(store: Store, input: LedgerImportInput): Promise<LedgerImportResultDto> {
  const { fileName, bytes } = input;
  const file = await readLedgerFile(bytes, fileName);
  const read = readLedgerRows(file.sheets, { fileName, year: input.year });
  if (!read) {
    throw new LedgerFileError(
      'no_header',
      fileName,
      'no header row naming a unit (单位), items submitted (报送数) and items adopted (采用数) in the first 30 rows of any sheet',
    );
  }
  const units = await UnitIndex.load(store.db);
  const rejected: LedgerRowIssueDto[] = [...read.rejected];
  const entries = new Map<string, Entry>();
  const seen = new Map<string, LedgerRow>();
  const importedAt = new Date().toISOString();
  let accepted = 0;
  for (const row of read.rows) {
    const resolved = units.resolve(row);
    if ('issue' in resolved) {
      rejected.push(resolved.issue);
      continue;
    }
    const { agencyId } = resolved;
    const rowKey = `${agencyId}:${row.year}:${row.month}:${row.levelKey}`;
    const first = seen.get(rowKey);
    if (first) {
      rejected.push({
        sheet: row.sheet,
        row: row.row,
        unit: row.unit,
        code: 'duplicate_row',
        message: `${row.unit}, ${row.year}-${row.month}${row.levelKey === 'all' ? '' : ` (${row.levelKey})`} is already given in ${first.sheet === null ? '' : `${first.sheet}!`}row ${first.row}`,
      });
      continue;
    }
    seen.set(rowKey, row);
    accepted += 1;
    addToEntry(entries, agencyId, row, { source: input.source ?? 'upload', fileName, importedAt });
  }
  rejected.sort(
    (a, b) => sheetOrder(read.sheets, a.sheet) - sheetOrder(read.sheets, b.sheet) || a.row - b.row,
  );

  const replaced = await storeEntries(store, [...entries.values()]);
  return {
    file: fileName,
    format: file.format,
    encoding: file.encoding,
    sheets: read.sheets,
    years: [...new Set([...entries.values()].map((e) => e.year))].sort((a, b) => a - b),
    acceptedRows: accepted,
    stored: entries.size,
    replaced,
    rejected,
    skipped: read.skipped,
  };
}

const sheetOrder = (sheets: readonly { name: string | null }[], name: string | null) =>
  sheets.findIndex((s) => s.name === name);

/** Rows of one unit and month (one per level in a long-format ledger) add up into one entry. */
function addToEntry(
  entries: Map<string, Entry>,
  agencyId: number,
  row: LedgerRow,
  meta: { source: ReportSource; fileName: string; importedAt: string },
) {
  const key = `${agencyId}:${row.year}:${row.month}`;
  const entry: Entry = entries.get(key) ?? {
    agency_id: agencyId,
    year: row.year,
    month: row.month,
    submitted: 0,
    adopted: 0,
    adopted_city: null,
    adopted_province: null,
    adopted_national: null,
    source: meta.source,
    file_name: meta.fileName,
    sheet: row.sheet,
    row: row.row,
    imported_at: meta.importedAt,
  };
  entry.submitted += row.submitted;
  entry.adopted += row.adopted;
  if (row.levels) {
    for (const level of LEVELS) {
      const column = `adopted_${level}` as const;
      entry[column] = (entry[column] ?? 0) + (row.levels[level] ?? 0);
    }
  }
  entries.set(key, entry);
}

/** Replaces the unit-months in one transaction; returns how many earlier entries were replaced. */
async function storeEntries(store: Store, entries: readonly Entry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const byMonth = new Map<string, number[]>();
  for (const e of entries) {
    const key = `${e.year}:${e.month}`;
    const ids = byMonth.get(key) ?? [];
    ids.push(e.agency_id);
    byMonth.set(key, ids);
  }
  return ledgerDb(store.db)
    .transaction()
    .execute(async (trx) => {
      let replaced = 0;
      for (const [key, ids] of byMonth) {
        const [year = 0, month = 0] = key.split(':').map(Number);
        for (let i = 0; i < ids.length; i += DELETE_CHUNK) {
          const result = await trx
            .deleteFrom('ledger_entries')
            .where('year', '=', year)
            .where('month', '=', month)
            .where('agency_id', 'in', ids.slice(i, i + DELETE_CHUNK))
            .executeTakeFirst();
          replaced += Number(result.numDeletedRows);
        }
      }
      for (let i = 0; i < entries.length; i += INSERT_CHUNK) {
        await trx
          .insertInto('ledger_entries')
          .values(entries.slice(i, i + INSERT_CHUNK))
          .execute();
      }
      return replaced;
    });
}
