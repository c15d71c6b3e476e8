import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseErrorLineSchema, parseResultSchema } from '@nianbao/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support/run-cli.ts';

const SAMPLE = 'data/reports/real/songxian-2020-zfb.txt';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nianbao-parse-cli-'));
  await writeFile(path.join(dir, 'empty.txt'), '');
  await writeFile(path.join(dir, 'notes.txt'), '会议纪要：今天讨论了食堂菜单，没有任何表格。\n');
  await writeFile(
    path.join(dir, 'garbage.txt'),
    Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0xdc, 0x9f, 0x00, 0x01]),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('nianbao parse --json (the acceptance contract)', () => {
  it('prints one contract line per file and goes on past bad files, exiting non-zero', async () => {
    const files = [
      SAMPLE,
      path.join(dir, 'empty.txt'),
      path.join(dir, 'notes.txt'),
      path.join(dir, 'missing.txt'),
    ];
    const { code, stdout } = await runCli(['parse', ...files, '--json']);
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(lines).toHaveLength(4);

    const sample = parseResultSchema.strict().parse(lines[0]);
    expect(sample).toMatchObject({
      file: SAMPLE,
      agency: '嵩县人民政府办公室',
      region: '嵩县',
      year: 2020,
      template: '2019',
    });
    expect(sample.values['t2.normative.made']).toBe(9);
    expect(sample.values['t3.granted.natural']).toBeNull();
    expect(sample.facts.find((f) => f.code === 'narrative.info_submitted')).toMatchObject({
      value: 673,
      unit: '条',
    });

    const [empty, notes, missing] = lines.slice(1).map((l) => parseErrorLineSchema.parse(l));
    expect(empty?.error.code).toBe('empty_file');
    expect(notes?.error.code).toBe('not_a_report');
    expect(missing?.error.code).toBe('file_not_found');
    expect(empty?.file).toBe(files[1]);
  });

  it('exits 0 when every file was read, and names the file and reason on stderr without --json', async () => {
    expect((await runCli(['parse', SAMPLE, '--json'])).code).toBe(0);
    const { code, stderr } = await runCli(['parse', path.join(dir, 'garbage.txt')]);
    expect(code).toBe(1);
    expect(stderr).toContain('garbage.txt');
    expect(stderr).toMatch(/undecodable|not_a_report/);
  });
});
