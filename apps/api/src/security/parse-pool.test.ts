import { readFile } from 'node:fs/promises';
import { ParseError } from '@nianbao/parser';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from '../test-support/api-fixture.ts';
import { ParseBusyError, ParseTimeoutError } from './parse-errors.ts';
import { ParsePool } from './parse-pool.ts';

const HANGING = new URL('../reliability/hanging-parse-worker.mjs', import.meta.url);

describe('ParsePool', () => {
  const pools: ParsePool[] = [];
  const pool = (options: ConstructorParameters<typeof ParsePool>[0]) => {
    const created = new ParsePool(options);
    pools.push(created);
    return created;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.close()));
  });

  it('parses in a worker thread exactly what parseReport reads, and rejects with ParseError', async () => {
    const parser = pool({ size: 1 });
    const bytes = await readFile(SAMPLE_PATH);
    const report = await parser.parse(bytes, 'sample.txt', 60_000);
    expect(report.agency).toBe('嵩县人民政府办公室');
    expect(report.values['t2.normative.made']).toBe(9);

    const failure = parser.parse(new TextEncoder().encode('just a line of text'), 'note.txt', 60_000);
    await expect(failure).rejects.toBeInstanceOf(ParseError);
    await expect(failure).rejects.toMatchObject({ code: 'not_a_report', file: 'note.txt' });
    expect(parser.workers).toBe(1);
  });

  it('stops a parse that never returns, and the next file gets a fresh worker', async () => {
    const parser = pool({ size: 1, workerUrl: HANGING });
    const stuck = parser.parse(new Uint8Array([1]), 'bomb.txt', 300);
    await expect(stuck).rejects.toBeInstanceOf(ParseTimeoutError);
    await expect(stuck).rejects.toMatchObject({ code: 'parse_timeout', fileName: 'bomb.txt' });
    // The main thread kept running the whole time (this test is on it); the worker is gone.
    expect(parser.workers).toBe(0);
    await expect(parser.parse(new Uint8Array([2]), 'again.txt', 300)).rejects.toBeInstanceOf(
      ParseTimeoutError,
    );
  });

  it('refuses files beyond its queue instead of holding them without bound', async () => {
    const parser = pool({ size: 1, maxQueue: 2, workerUrl: HANGING });
    const running = [
      parser.parse(new Uint8Array([1]), 'a.txt', 400),
      parser.parse(new Uint8Array([1]), 'b.txt', 400),
    ];
    await expect(parser.parse(new Uint8Array([1]), 'c.txt', 400)).rejects.toBeInstanceOf(ParseBusyError);
    await Promise.allSettled(running);
  });
});
