import { basename } from 'node:path';
import type { ParsedReport } from '@nianbao/parser';
import { computeDerived } from '@nianbao/schema';
import type { Insertable, Kysely } from 'kysely';
import type { Database, ReportSource, ReportTable } from '../database.ts';
import { regionChainOfParsed } from '../regions/parsed-region-chain.ts';
import { RollupDelta } from '../rollups/rollup-delta.ts';
import { settleRollupKeys } from '../rollups/rollup-keys.ts';
import { readModelValues } from '../rollups/rollup-values.ts';
import { addLoaded, applyRollups, loadCountedReports, loadRollupKeys } from '../rollups/rollup-writes.ts';
import { analyseStoredReports } from '../rules/analyse-stored-report.ts';
import { insertRows } from './insert-rows.ts';
import type { StoredReport } from './known-report.ts';
import { resolveAgencies } from './resolve-agencies.ts';
import { factRows, findingRows, valueRows } from './stored-rows.ts';

/** The file-level facts of a report that the parser does not produce. */
export interface ReportFile {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  source: ReportSource;
}

/** One parsed report to store, under the agency name the import settled on. */
export interface ParsedItem {
  parsed: ParsedReport;
  agencyName: string;
  file: ReportFile;
}

/** Thrown when one batch holds the same bytes twice; the caller keeps one copy per batch. */
export class DuplicateInBatchError extends Error {
  override readonly name = 'DuplicateInBatchError';
}

/** Report rows per insert: 16 columns each, far below both engines' parameter limits. */
const REPORTS_PER_INSERT = 500;

/** Writes one parsed report; to be called inside the import's transaction. */
export async function storeParsedReport(
  db: Kysely<Database>,
  parsed: ParsedReport,
  agencyName: string,
  file: ReportFile,
): Promise<StoredReport> {
  const [stored] = await storeParsedReports(db, [{ parsed, agencyName, file }]);
  if (!stored) throw new Error('storeParsedReports returned nothing for one report');
  return stored;
}

/**
 * Writes parsed reports, in order, inside the caller's transaction: agencies and regions, report
 * rows, values with provenance, facts, findings, derived values, then X1–X3 around all of them.
 * The result is the store a sequence of single imports would leave; the statements are per batch,
 * not per report, because round trips dominate import time (~25 per report one at a time).
 */
export async function storeParsedReports(
  db: Kysely<Database>,
  items: readonly ParsedItem[],
): Promise<StoredReport[]> {
  if (items.length === 0) return [];
  if (new Set(items.map((i) => i.file.sha256)).size !== items.length) {
    throw new DuplicateInBatchError('the same file appears twice in one import batch');
  }
  const { ids: agencyIds, written } = await resolveAgencies(
    db,
    items.map(({ parsed, agencyName }) => ({
      name: agencyName,
      kind: parsed.agencyKind,
      region: regionChainOfParsed(parsed),
    })),
  );
  // Agencies placed anew or taught something (and those below moved regions) get their rollup
  // keys before any new report is counted.
  await settleRollupKeys(db, [...written]);
  const versions = await nextVersions(
    db,
    items.map((item, i) => ({ agencyId: agencyIds[i] ?? 0, year: item.parsed.year })),
  );
  const importedAt = new Date().toISOString();
  const rows: Insertable<ReportTable>[] = items.map(({ parsed, file }, i) => ({
    agency_id: agencyIds[i] ?? 0,
    year: parsed.year,
    template: parsed.template,
    file_name: basename(file.fileName),
    sha256: file.sha256,
    bytes: file.bytes,
    text: parsed.text,
    encoding: parsed.encoding,
    format: parsed.format,
    source: file.source,
    version: versions[i] ?? 1,
    is_current: true,
    imported_at: importedAt,
    status: parsed.findings.some((f) => f.severity === 'error') ? 'flagged' : 'ok',
    deleted_at: null,
  }));
  const idOf = new Map<string, number>();
  for (let i = 0; i < rows.length; i += REPORTS_PER_INSERT) {
    const inserted = await db
      .insertInto('reports')
      .values(rows.slice(i, i + REPORTS_PER_INSERT))
      .returning(['id', 'sha256'])
      .execute();
    for (const r of inserted) idOf.set(r.sha256, r.id);
  }
  const reportIds = items.map((item) => {
    const id = idOf.get(item.file.sha256);
    if (id === undefined) throw new Error(`${item.file.fileName}: the report row was not returned`);
    return id;
  });

  // A newer file for the same agency and year becomes the current version; older ones stay stored
  // (and viewable) but leave the series. Reports without a known year are never superseded.
  const rollups = new RollupDelta();
  const superseding = items.flatMap(({ parsed }, i) =>
    parsed.year !== null && (versions[i] ?? 1) > 1
      ? [{ agencyId: agencyIds[i] ?? 0, year: parsed.year }]
      : [],
  );
  if (superseding.length > 0) {
    const newIds = new Set(reportIds);
    const counted = await loadCountedReports(db, { agencyIds: superseding.map((g) => g.agencyId) });
    addLoaded(
      rollups,
      counted.filter(
        (r) =>
          !newIds.has(r.reportId) && superseding.some((g) => g.agencyId === r.agencyId && g.year === r.year),
      ),
      -1,
    );
  }
  for (const [i, { parsed }] of items.entries()) {
    const version = versions[i] ?? 1;
    if (parsed.year === null || version <= 1) continue;
    await db
      .updateTable('reports')
      .set({ is_current: false })
      .where('agency_id', '=', agencyIds[i] ?? 0)
      .where('year', '=', parsed.year)
      .where('id', '!=', reportIds[i] ?? 0)
      .where('is_current', '=', true)
      .execute();
  }
  // Lazily, report by report: insertRows serialises each statement's rows and drops them before
  // it runs, so a batch's ~200 value rows per report never outlive a young-generation collection.
  const each = function* <T>(rowsOf: (id: number, parsed: ParsedReport) => T[]): Generator<T> {
    for (const [i, { parsed }] of items.entries()) yield* rowsOf(reportIds[i] ?? 0, parsed);
  };
  // The derived values are computed in this thread while the database inserts the value rows, not
  // after: one turn of the event loop lets the driver send the first statement, then both work.
  const valuesStored = insertRows(db, 'report_values', each(valueRows));
  // Observed now so that a failure during the turn is not an unhandled rejection; awaited below.
  valuesStored.catch(() => undefined);
  await new Promise<void>((resolve) => setImmediate(resolve));
  const derived = items.map(({ parsed }) => computeDerived(parsed.values, parsed.template, parsed.facts));
  await valuesStored;
  await insertRows(db, 'facts', each(factRows));
  await insertRows(db, 'findings', each(findingRows));
  // Derived values and the cross-report rules X1–X3, in the same transaction as the reports. The
  // new reports enter the rollups after, with the status the rules leave them in.
  const flagged = await analyseStoredReports(
    db,
    items.map(({ parsed }, i) => ({
      reportId: reportIds[i] ?? 0,
      agencyId: agencyIds[i] ?? 0,
      year: parsed.year,
      derived: derived[i] ?? {},
    })),
    new Set(reportIds),
  );
  await countNewReports(db, rollups, items, { agencyIds, reportIds, derived, flagged });
  return items.map(({ parsed, agencyName }, i) => {
    const reportId = reportIds[i] ?? 0;
    return {
      reportId,
      agencyId: agencyIds[i] ?? 0,
      agencyName,
      year: parsed.year,
      version: versions[i] ?? 1,
      flagged: flagged.has(reportId) || parsed.findings.some((f) => f.severity === 'error'),
    };
  });
}

/**
 * Adds the reports of the batch that are current at its end (the last of each agency and year) to
 * the rollups, from the values in hand, together with the superseded ones taken out before.
 */
async function countNewReports(
  db: Kysely<Database>,
  rollups: RollupDelta,
  items: readonly ParsedItem[],
  stored: {
    agencyIds: readonly number[];
    reportIds: readonly number[];
    derived: readonly Readonly<Record<string, number | null>>[];
    flagged: ReadonlySet<number>;
  },
): Promise<void> {
  const { agencyIds } = stored;
  const distinct = [...new Set(agencyIds)];
  let keyOf = await loadRollupKeys(db, distinct);
  if (keyOf.size < distinct.length) {
    // An agency written around the import (before the rollups existed, or by hand) gets its key now.
    await settleRollupKeys(
      db,
      distinct.filter((id) => !keyOf.has(id)),
    );
    keyOf = await loadRollupKeys(db, distinct);
  }
  const last = new Map<string, number>();
  for (const [i, { parsed }] of items.entries()) {
    if (parsed.year !== null) last.set(`${agencyIds[i]}:${parsed.year}`, i);
  }
  for (const i of last.values()) {
    const item = items[i];
    const key = keyOf.get(agencyIds[i] ?? 0);
    const year = item?.parsed.year;
    if (!item || year === null || year === undefined || !key || key.regionIds.length === 0) continue;
    const { parsed } = item;
    rollups.add(
      {
        regionIds: key.regionIds,
        kind: key.kind,
        year,
        template: parsed.template,
        flagged: stored.flagged.has(stored.reportIds[i] ?? 0),
        values: readModelValues(parsed.values, stored.derived[i] ?? {}, parsed.facts),
      },
      1,
    );
  }
  await applyRollups(db, rollups);
}

/**
 * The version number of each new report: one more than any stored version of its agency and year,
 * deleted ones included so a number is never handed out twice, and counting earlier reports of the
 * batch. A report without a known year is always version 1.
 */
async function nextVersions(
  db: Kysely<Database>,
  groups: readonly { agencyId: number; year: number | null }[],
): Promise<number[]> {
  const dated = groups.filter((g) => g.year !== null);
  const latest = new Map<string, number>();
  if (dated.length > 0) {
    const rows = await db
      .selectFrom('reports')
      .select(['agency_id', 'year', (eb) => eb.fn.max('version').as('version')])
      .where('agency_id', 'in', [...new Set(dated.map((g) => g.agencyId))])
      .where('year', 'in', [...new Set(dated.map((g) => g.year ?? 0))])
      .groupBy(['agency_id', 'year'])
      .execute();
    for (const r of rows) latest.set(`${r.agency_id}:${r.year}`, Number(r.version));
  }
  return groups.map(({ agencyId, year }) => {
    if (year === null) return 1;
    const key = `${agencyId}:${year}`;
    const next = (latest.get(key) ?? 0) + 1;
    latest.set(key, next);
    return next;
  });
}
