import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { formatEvaluation } from './format-evaluation.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

describe('evaluate over the fixture corpus', () => {
  it('reads every expected cell of every fixture, and nothing else', { timeout: 60_000 }, async () => {
    const e = await evaluate(fixtures);
    const report = formatEvaluation(e);
    expect(e.files.length, report).toBeGreaterThanOrEqual(43);
    expect(e.files.filter((f) => f.file.startsWith('corpus/')).length).toBeGreaterThanOrEqual(40);
    expect({ precision: e.precision, recall: e.recall }, report).toEqual({ precision: 1, recall: 1 });
    expect(
      e.files.filter((f) => f.error !== undefined || f.other.length > 0).map((f) => f.file),
      report,
    ).toEqual([]);
    expect(e.perfect).toBe(true);
  });
});

describe('evaluate on a wrong expectation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-eval-'));
  copyFileSync(join(fixtures, 'songxian-2020-zfb.txt'), join(dir, 'songxian.txt'));
  const truth = JSON.parse(readFileSync(join(fixtures, 'songxian-2020-zfb.expected.json'), 'utf8'));
  // One wrong value, one cell the report does not print, one printed cell left out, a wrong year.
  truth.t2.normative.made = 8;
  truth.t2.regulations.repealed = 0;
  delete truth.t2.procurement.amount;
  truth.year = 2019;
  writeFileSync(join(dir, 'songxian.expected.json'), JSON.stringify(truth));
  writeFileSync(join(dir, 'orphan.expected.json'), JSON.stringify({ t3: { new: [1, 0, 0, 0, 0, 0, 1] } }));

  it('lists every wrong, missing and extra cell and the metadata that differs', async () => {
    const e = await evaluate(dir);
    const file = e.files.find((f) => f.file === 'songxian.txt');
    expect(file?.wrong).toEqual([{ code: 't2.normative.made', expected: 8, actual: 9 }]);
    expect(file?.missing).toEqual([{ code: 't2.regulations.repealed', expected: 0 }]);
    expect(file?.extra).toEqual([{ code: 't2.procurement.amount', actual: 15.91 }]);
    expect(file?.other).toEqual([{ what: 'year', expected: 2019, actual: 2020 }]);
    expect(e.perfect).toBe(false);
    expect(e.precision).toBeLessThan(1);
    expect(e.recall).toBeLessThan(1);
    const text = formatEvaluation(e);
    expect(text).toContain('wrong   t2.normative.made: expected 8, got 9');
    expect(text).toContain('missing t2.regulations.repealed: expected 0');
    expect(text).toContain('extra   t2.procurement.amount: got 15.91');
  });

  it('counts an expectation without a report as all cells missing', async () => {
    const e = await evaluate(dir);
    const orphan = e.files.find((f) => f.expectation === 'orphan.expected.json');
    expect(orphan?.error).toBe('no report file for this expectation');
    expect(orphan?.counts).toEqual({ expected: 7, predicted: 0, correct: 0 });
  });
});
