import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../import/import-paths.ts';
import { openStore, type Store } from '../store.ts';
import { makeTempDir } from '../test-support/temp-dir.ts';
import { storeConsistency } from './store-consistency.ts';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./import-child.ts', import.meta.url));
// 100 demo reports (txt, html and docx); a round stores at most eight, so the rounds never run out.
const CORPUS = ['2019', '2020', '2021', '2022'].map((year) =>
  join(REPO, 'data', 'reports', 'demo', '伊川县', year),
);
const KILLS = 20;

/** mulberry32: a small seeded generator, so a failing run can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The paced import child (see import-child.ts) and its output, line by line. */
class ImportChild {
  readonly process: ChildProcess;
  readonly #lines: string[] = [];
  readonly #waiting: ((line: string | undefined) => void)[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr = '';

  constructor(url: string, mode: string) {
    this.process = spawn(process.execPath, ['--import', 'tsx', CHILD, url, mode, ...CORPUS], {
      cwd: REPO,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let buffered = '';
    this.process.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const waiter = this.#waiting.shift();
        if (waiter) waiter(line);
        else this.#lines.push(line);
      }
    });
    this.process.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    // A write to a killed child's stdin must not fail the test.
    this.process.stdin?.on('error', () => {});
    this.exited = new Promise((resolve) =>
      this.process.once('exit', (code, signal) => {
        for (const waiter of this.#waiting.splice(0)) waiter(undefined);
        resolve({ code, signal });
      }),
    );
  }

  /** The next line it prints (undefined once it has exited). */
  line(): Promise<string | undefined> {
    const ready = this.#lines.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    if (this.process.exitCode !== null || this.process.signalCode !== null) return Promise.resolve(undefined);
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** The next line that says what became of a file (skipping `parsed`). */
  async outcome(): Promise<string | undefined> {
    for (;;) {
      const line = await this.line();
      if (line !== 'parsed') return line;
    }
  }

  go(times = 1): void {
    this.process.stdin?.write('go\n'.repeat(times));
  }
}

/** What a finished import leaves behind, independent of row ids. */
async function contents(store: Store) {
  const count = async (table: string) =>
    Number(
      (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(store.db)).rows[0]?.n,
    );
  const tables = ['regions', 'agencies', 'reports', 'report_values', 'facts', 'findings', 'derived_values'];
  const counts = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)] as const)));
  const hashes = (await store.db.selectFrom('reports').select('sha256').orderBy('sha256').execute()).map(
    (r) => r.sha256,
  );
  return { counts, hashes };
}

describe('an import killed with SIGKILL at random points', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir('nianbao-sigkill-'));
  });
  afterAll(() => cleanup());

  it(`leaves a consistent store after each of ${KILLS} kills, and a re-run completes it`, async () => {
    const seed = Date.now() % 1_000_000;
    const next = random(seed);
    const url = `file:${join(dir, 'killed.db')}`;
    const points: string[] = [];

    let kills = 0;
    for (let round = 1; kills < KILLS; round++) {
      expect(round, `seed ${seed}: too many rounds ended before their kill`).toBeLessThanOrEqual(2 * KILLS);
      const batch = next() < 0.4;
      const child = new ImportChild(url, batch ? 'batch:8' : 'paced');
      if (next() < 0.15) {
        // During start-up: opening the store, migrating it (the first time), finding the files.
        const delay = Math.floor(next() * 1500);
        await sleep(delay);
        points.push(`start+${delay}ms`);
      } else if (batch) {
        // The `nianbao import` path: batches of 4, one transaction each, the next batch parsed
        // while one is stored. Once the first batch is parsed its transaction begins: the kill
        // lands 0–20 ms later, inside that transaction or the next batch's parsing.
        expect(await child.line(), `seed ${seed}, round ${round}: ${child.stderr}`).toMatch(/^opened \d+$/);
        for (let parsed = 0; parsed < 4; ) if ((await child.line()) === 'parsed') parsed++;
        const delay = Math.floor(next() * 21);
        await sleep(delay);
        points.push(`batch+parsed+${delay}ms`);
      } else {
        const opened = await child.line();
        expect(opened, `seed ${seed}, round ${round}: ${child.stderr}`).toMatch(/^opened \d+$/);
        // 0–2 files stored completely, then the kill lands in the next one: 0–40 ms after it was
        // started (reading, parsing or storing), or 0–15 ms after it was parsed, when its store
        // transaction (report, values, facts, findings, derived values, cross-report rules) runs.
        const before = Math.floor(next() * 3);
        for (let i = 0; i < before; i++) {
          child.go();
          expect(await child.outcome()).toMatch(/^(imported|unchanged)$/);
        }
        child.go();
        const inTransaction = next() < 0.5;
        if (inTransaction) expect(await child.line()).toBe('parsed');
        const delay = Math.floor(next() * (inTransaction ? 16 : 41));
        await sleep(delay);
        points.push(`${before}+${inTransaction ? 'parsed+' : ''}${delay}ms`);
      }
      child.process.kill('SIGKILL');
      const { code, signal } = await child.exited;
      if (signal === 'SIGKILL') kills++;
      else {
        // The batch finished before its kill: not a kill, but the store is checked all the same.
        expect(code, `seed ${seed}, round ${round}: ${child.stderr}`).toBe(0);
        points.push('(finished)');
      }

      const store = await openStore(url);
      try {
        const report = await storeConsistency(store);
        expect(report, `seed ${seed}, after ${points.join(', ')}`).toEqual({ problems: [] });
      } finally {
        await store.close();
      }
    }

    console.info(`SIGKILL points (seed ${seed}): ${points.join(', ')}`);

    // A re-run finishes the job, past every interrupted transaction.
    const rerun = new ImportChild(url, 'batch:all');
    const opened = await rerun.line();
    const remaining = Number(opened?.slice('opened '.length));
    expect(remaining).toBeGreaterThan(0);
    const outcomes: (string | undefined)[] = [];
    for (let i = 0; i <= remaining; i++) outcomes.push(await rerun.outcome());
    expect(outcomes.filter((o) => o === 'imported')).toHaveLength(remaining);
    expect(outcomes.at(-1)).toBe('finished 0');
    expect(await rerun.exited).toEqual({ code: 0, signal: null });

    // The same corpus imported once, without interruptions, is the reference.
    const reference = await openStore(`file:${join(dir, 'reference.db')}`);
    const killed = await openStore(url);
    try {
      const { errors } = await importPaths(reference, CORPUS, { source: 'demo' });
      expect(errors).toEqual([]);
      const expected = await contents(reference);
      expect(expected.hashes).toHaveLength(100);
      expect(await contents(killed)).toEqual(expected);
      expect(await storeConsistency(killed)).toEqual({ problems: [] });
    } finally {
      await reference.close();
      await killed.close();
    }
  }, 240_000);
});
