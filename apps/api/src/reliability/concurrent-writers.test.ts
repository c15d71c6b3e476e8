import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createToken, openStore } from '@nianbao/db';
import type { CommitResultDto, UploadPreviewListDto } from '@nianbao/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeConsistency } from '../../../../packages/db/src/reliability/store-consistency.ts';
import { makeTempDir } from '../../../../packages/db/src/test-support/temp-dir.ts';
import { startServer } from '../serve.ts';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const BIN = path.join(REPO, 'apps', 'cli', 'bin', 'nianbao.js');
const DEMO = path.join(REPO, 'data', 'reports', 'demo', '伊川县');
/** The importers' folders (50 reports); the uploads take 10 of them and 10 from 2024. */
const FOLDERS = [path.join(DEMO, '2022'), path.join(DEMO, '2023')];

/** `nianbao import` as a child process (the real CLI end to end). */
function nianbaoImport(folders: string[], databaseUrl: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'import', ...folders, '--source', 'demo'],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function filesOf(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort().map((name) => path.join(folder, name));
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('concurrent writers on one SQLite store', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await makeTempDir('nianbao-concurrent-'));
  });
  afterEach(() => cleanup());

  it('two importers over the same folders and 20 parallel uploads store every report exactly once', async () => {
    const url = `file:${path.join(dir, 'store', 'nianbao.db')}`;
    const store = await openStore(url);
    const { token } = await createToken(store, { name: '并发上传', role: 'editor' });
    const server = await startServer({ store, port: 0, security: { writesPerMinute: 10_000 } });
    try {
      const imported = [...(await filesOf(FOLDERS[0] ?? '')), ...(await filesOf(FOLDERS[1] ?? ''))];
      const extra = (await filesOf(path.join(DEMO, '2024'))).slice(0, 10);
      const uploads = [...imported.filter((_, i) => i % 5 === 0), ...extra];
      expect(uploads).toHaveLength(20);

      const upload = async (file: string) => {
        const form = new FormData();
        form.append('file', new File([new Uint8Array(await readFile(file))], path.basename(file)));
        const auth = { Authorization: `Bearer ${token}` };
        const preview = await fetch(`${server.url}/api/reports`, {
          method: 'POST',
          body: form,
          headers: auth,
        });
        expect(preview.status, file).toBe(200);
        const previewed = (await preview.json()) as UploadPreviewListDto;
        expect(previewed.errors, file).toEqual([]);
        const commit = await fetch(`${server.url}/api/reports/commit`, {
          method: 'POST',
          body: JSON.stringify({ previews: previewed.results.map((r) => r.previewId) }),
          headers: { ...auth, 'Content-Type': 'application/json' },
        });
        expect(commit.status, file).toBe(200);
        return (await commit.json()) as CommitResultDto;
      };

      // Everything at once: two CLI imports (folders in opposite orders) and 20 uploads.
      const [first, second, ...commits] = await Promise.all([
        nianbaoImport(FOLDERS, url),
        nianbaoImport([...FOLDERS].reverse(), url),
        ...uploads.map(upload),
      ]);
      for (const run of [first, second]) {
        expect(run?.stderr, run?.stdout).toBe('');
        expect(run?.code, run?.stdout).toBe(0);
        expect(run?.stdout).toContain('failed 0');
      }
      for (const commit of commits) {
        expect(commit.errors).toEqual([]);
        expect(commit.results.map((r) => r.status).every((s) => s === 'imported' || s === 'unchanged')).toBe(
          true,
        );
      }

      // Each report was imported by exactly one writer; the others found it there ('unchanged').
      const importedBy = (stdout: string | undefined) =>
        Number(/imported (\d+), unchanged/.exec(stdout ?? '')?.[1]);
      const uploaded = commits.flatMap((c) => c.results).filter((r) => r.status === 'imported').length;
      const acknowledged = importedBy(first?.stdout) + importedBy(second?.stdout) + uploaded;

      const expected = new Set<string>();
      for (const file of [...imported, ...extra]) expected.add(sha256(await readFile(file)));
      const rows = await store.db
        .selectFrom('reports')
        .select(['sha256'])
        .where('deleted_at', 'is', null)
        .execute();
      const stored = rows.map((r) => r.sha256);
      expect(stored).toHaveLength(expected.size);
      expect(acknowledged).toBe(expected.size);
      expect(new Set(stored)).toEqual(expected);
      expect(await storeConsistency(store)).toEqual({ problems: [] });
    } finally {
      await server.close();
      await store.close();
    }
  }, 180_000);
});
