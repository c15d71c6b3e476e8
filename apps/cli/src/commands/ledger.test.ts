import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getLedgerRankings, openStore, type Store } from '@nianbao/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  csvBytes,
  seedLedgerWorld,
  type TestCell,
  xlsxBytes,
} from '../../../../packages/db/src/ledger/ledger-test-world.ts';
import { makeTempDir } from '../../../../packages/db/src/test-support/temp-dir.ts';
import { testStoreTargets } from '../../../../packages/db/src/test-support/test-stores.ts';
import { ledgerCommand } from './ledger.ts';

function capture() {
  const lines = { out: '', err: '' };
  return {
    lines,
    io: {
      out: (t: string) => {
        lines.out += t;
      },
      err: (t: string) => {
        lines.err += t;
      },
    },
  };
}

const GOOD: TestCell[][] = [
  [{ value: '2024年政务信息报送情况', across: 4 }],
  ['单位', '月份', '报送数', '采用数'],
  ['洛阳市教育局', '1月', 10, 4],
  ['合计', null, 10, 4],
];
const BAD: TestCell[][] = [
  ['单位', '月份', '报送数', '采用数'],
  ['洛阳市公安局', '2024年2月', 3, 1],
  ['洛阳市财政局', '2024年2月', 3, 1],
  ['洛阳市公安局', '2024年3月', 2, 5],
];

describe.each(testStoreTargets())('nianbao ledger on $name', (target) => {
  let store: Store;
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    const created = await target.create();
    const temp = await makeTempDir('nianbao-cli-ledger-');
    dir = temp.dir;
    cleanup = async () => {
      await created.cleanup();
      await temp.cleanup();
    };
    store = await openStore(created.url);
    await seedLedgerWorld(store.db);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('imports a folder, prints each rejected row with its number and reason, and exits 1', async () => {
    await writeFile(path.join(dir, 'good.xlsx'), await xlsxBytes({ 台账: GOOD }));
    await writeFile(path.join(dir, 'bad.csv'), csvBytes(BAD, 'gb18030'));
    const run = capture();
    const code = await ledgerCommand(store, ['import', dir], { dataDir: dir }, run.io);
    expect(code).toBe(1);
    expect(run.lines.out).toContain('good.xlsx: stored 1 unit-months from 1 rows');
    expect(run.lines.out).toContain('skipped 1 total');
    expect(run.lines.out).toMatch(/row 3: unknown_unit: unit "洛阳市财政局" is not an agency in the store/);
    expect(run.lines.out).toMatch(/row 4: adopted_exceeds_submitted: adopted \(5\) exceeds submitted \(2\)/);
    expect(run.lines.out).toContain('ledger: 2 files imported, 2 rows rejected, 0 files failed');
    // The valid rows of the bad file are stored all the same.
    const feb = await getLedgerRankings(store, {
      year: 2024,
      month: 2,
      scope: 'month',
      by: 'adopted',
      order: 'desc',
    });
    expect(feb.rows.map((r) => [r.agencyName, r.submitted, r.adopted])).toEqual([['洛阳市公安局', 3, 1]]);
  });

  it('exits 0 when every row was stored, and 2 on a usage mistake', async () => {
    const file = path.join(dir, 'ledger.csv');
    await writeFile(file, csvBytes(GOOD.slice(1), 'utf-8'));
    const run = capture();
    expect(await ledgerCommand(store, ['import', file], { dataDir: dir, year: '2023' }, run.io)).toBe(0);
    expect(run.lines.out).toContain('years 2023');
    expect(await ledgerCommand(store, ['import'], { dataDir: dir }, capture().io)).toBe(2);
    const badYear = capture();
    expect(await ledgerCommand(store, ['import', file], { dataDir: dir, year: '24' }, badYear.io)).toBe(2);
    expect(badYear.lines.err).toContain('--year');
    expect(await ledgerCommand(store, ['import', file], { dataDir: dir, source: 'x' }, capture().io)).toBe(2);
  });

  it('reports a file it cannot read and exits 1', async () => {
    const file = path.join(dir, 'old.xls');
    await writeFile(file, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    const run = capture();
    expect(await ledgerCommand(store, ['import', file], { dataDir: dir }, run.io)).toBe(1);
    expect(run.lines.out).toContain('failed');
    expect(run.lines.out).toContain('unsupported_format');
  });
});
