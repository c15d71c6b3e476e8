import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createToken, importReport, openStore, type Store } from '@nianbao/db';
// Test-only reach into the store package's fixtures: the same SQLite/PostgreSQL targets and row
// counts its own suites use (not part of its public barrel on purpose).
import { rowCounts } from '../../../../packages/db/src/test-support/sample.ts';
import {
  type TestStoreTarget,
  testStoreTargets,
} from '../../../../packages/db/src/test-support/test-stores.ts';
import { type AppOptions, createApp } from '../app.ts';

export { rowCounts, type TestStoreTarget, testStoreTargets };

/** Rate limits too high for any functional test to reach. */
export const OPEN_RATE_LIMITS = { writesPerMinute: 1_000_000, loginsPerMinute: 1_000_000 } as const;

/** The real sample report. */
export const SAMPLE_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../data/reports/real/songxian-2020-zfb.txt',
);

/** The sample and a re-published version with two changed cells (规范性文件 made 9 → 11, 采购 count 5 → 6). */
export async function sampleFiles(): Promise<{ original: Buffer; revised: Buffer }> {
  const original = await readFile(SAMPLE_PATH);
  const text = original.toString('utf8');
  const revised = text
    .replace('规范性文件\t9\t9\t9', '规范性文件\t11\t9\t9')
    .replace('政府集中采购\t5\t15.91', '政府集中采购\t6\t15.91');
  if (revised === text) throw new Error('the sample no longer has the rows the revision edits');
  return { original, revised: Buffer.from(revised, 'utf8') };
}

/** A store with the sample imported, tokens of every role, and the app over it. */
export interface ApiFixture {
  store: Store;
  app: ReturnType<typeof createApp>;
  reportId: number;
  agencyId: number;
  tokens: { reader: string; editor: string; admin: string };
  tokenIds: { reader: number; editor: number; admin: number };
  close(): Promise<void>;
}

/** Opens a fresh store on `target`, imports the sample under a Chinese file name, builds the app. */
export async function apiFixture(
  target: TestStoreTarget,
  options: Omit<AppOptions, 'store'> = {},
): Promise<ApiFixture> {
  const created = await target.create();
  const store = await openStore(created.url);
  const bytes = await readFile(SAMPLE_PATH);
  const { reportId, agencyId } = await importReport(store, { fileName: '嵩县政府办2020年报.txt', bytes });
  // One after the other: ids (and so list order) follow creation order on every engine.
  const reader = await createToken(store, { name: '只读用户', role: 'reader' });
  const editor = await createToken(store, { name: '县政务公开办', role: 'editor' });
  const admin = await createToken(store, { name: '管理员', role: 'admin' });
  return {
    store,
    // Functional suites make many (failing) authenticated requests from one address; the rate
    // limits have their own suite, so they are opened wide here unless a test sets its own.
    app: createApp({ store, logError: () => {}, security: OPEN_RATE_LIMITS, ...options }),
    reportId,
    agencyId,
    tokens: { reader: reader.token, editor: editor.token, admin: admin.token },
    tokenIds: { reader: reader.id, editor: editor.id, admin: admin.id },
    close: async () => {
      await store.close();
      await created.cleanup();
    },
  };
}

/** Authorization header of a bearer token. */
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** RFC 4180 parser for reading exports back: quoted fields, doubled quotes, CRLF records. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
