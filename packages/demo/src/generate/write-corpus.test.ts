import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CityShape } from './city.ts';
import { demoCorpus } from './demo-corpus.ts';
import { expectedValues, type Manifest } from './manifest.ts';
import { writeDemoCorpus } from './write-corpus.ts';

const SMALL: CityShape = { counties: 2, departments: 5, townships: 2 };
const dirs: string[] = [];
/** Rendering a small corpus (a few PDFs among ~170 files) takes seconds on a slow machine. */
const SLOW = 60_000;

async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-demo-'));
  dirs.push(dir);
  return dir;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = await listFiles(dir);
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f))] as const)));
}

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('writeDemoCorpus', () => {
  it(
    'writes byte-identical corpora for the same seed and different ones for another seed',
    async () => {
      const [a, b, c] = [await freshDir(), await freshDir(), await freshDir()];
      const first = await writeDemoCorpus({ outDir: a, seed: 7, shape: SMALL });
      await writeDemoCorpus({ outDir: b, seed: 7, shape: SMALL });
      await writeDemoCorpus({ outDir: c, seed: 8, shape: SMALL });
      expect(first.errors).toEqual([]);
      const [sa, sb, sc] = [await snapshot(a), await snapshot(b), await snapshot(c)];
      expect([...sa.keys()]).toEqual([...sb.keys()]);
      for (const [file, bytes] of sa) expect(bytes.equals(sb.get(file) ?? Buffer.alloc(0)), file).toBe(true);
      expect(sa.get('manifest.json')?.equals(sc.get('manifest.json') ?? Buffer.alloc(0))).toBe(false);
    },
    SLOW,
  );

  it(
    'names files <region>/<year>/<agency>.<ext> and lists every one in the manifest with its expected values',
    async () => {
      const dir = await freshDir();
      const result = await writeDemoCorpus({ outDir: dir, seed: 3, shape: SMALL });
      const manifest = JSON.parse(await readFile(result.manifestPath, 'utf8')) as Manifest;
      const files = (await listFiles(dir)).filter((f) => f !== 'manifest.json');
      expect(manifest.files.map((f) => f.file).sort()).toEqual(files);
      expect(manifest.reports).toBe(files.length);
      const entries = new Map(demoCorpus(3, SMALL).map((e) => [e.file, e.report]));
      for (const entry of manifest.files) {
        const report = entries.get(entry.file);
        expect(report, entry.file).toBeDefined();
        expect(entry.file).toBe(`${entry.region}/${entry.year}/${entry.agency}.${entry.format}`);
        expect(expectedValues(manifest, entry)).toEqual(report?.values);
      }
      const sizes = result.results.reduce((a, r) => a + r.bytes, 0);
      expect(result.totalBytes).toBeGreaterThan(sizes);
    },
    SLOW,
  );

  it(
    'removes the files of the previous run before writing a new seed',
    async () => {
      const dir = await freshDir();
      const old = await writeDemoCorpus({ outDir: dir, seed: 1, shape: SMALL });
      const fresh = await writeDemoCorpus({ outDir: dir, seed: 2, shape: SMALL });
      const files = await listFiles(dir);
      expect(files.filter((f) => f !== 'manifest.json')).toEqual(fresh.results.map((r) => r.file).sort());
      expect(old.results.some((r) => !files.includes(r.file))).toBe(true);
    },
    SLOW,
  );
});
