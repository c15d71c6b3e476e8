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
// 75 demo reports (txt, html and docx); a round stores at most three, so 20 rounds never run out.
const CORPUS = ['2019', '2020', '2021'].map((year) => join(REPO, 'data', 'reports', 'demo', '伊川县', year));
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

  constructor(url: string) {
    this.process = spawn(process.execPath, ['--import', 'tsx', CHILD, url, ...CORPUS], {
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

    for (let round = 1; round <= KILLS; round++) {
      const child = new ImportChild(url);
      if (next() < 0.2) {
        // During start-up: opening the store, migrating it (the first time), finding the files.
        const delay = Math.floor(next() * 1500);
        await sleep(delay);
        points.push(`start+${delay}ms`);
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
      expect((await child.exited).signal, `seed ${seed}, round ${round}: ${child.stderr}`).toBe('SIGKILL');

      const store = await openStore(url);
      try {
        const report = await storeConsistency(store);
        expect(report, `seed ${seed}, after kills at ${points.join(', ')}`).toEqual({ problems: [] });
      } finally {
        await store.close();
      }
    }

    // A re-run finishes the job, past every interrupted transaction.
    const rerun = new ImportChild(url);
    const opened = await rerun.line();
    const remaining = Number(opened?.slice('opened '.length));
    expect(remaining).toBeGreaterThan(0);
    rerun.go(remaining);
    const outcomes: (string | undefined)[] = [];
    for (let i = 0; i <= remaining; i++) outcomes.push(await rerun.outcome());
    expect(outcomes.at(-1)).toBe('finished 0');
    expect(await rerun.exited).toEqual({ code: 0, signal: null });

    // The same corpus imported once, without interruptions, is the reference.
    const reference = await openStore(`file:${join(dir, 'reference.db')}`);
    const killed = await openStore(url);
    try {
      const { errors } = await importPaths(reference, CORPUS, { source: 'demo' });
      expect(errors).toEqual([]);
      const expected = await contents(reference);
      expect(expected.hashes).toHaveLength(75);
      expect(await contents(killed)).toEqual(expected);
      expect(await storeConsistency(killed)).toEqual({ problems: [] });
    } finally {
      await reference.close();
      await killed.close();
    }
  }, 240_000);
});
