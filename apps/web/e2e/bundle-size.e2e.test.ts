import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness.ts';

const DIST = path.join(REPO_ROOT, 'apps', 'web', 'dist');
/** The design target: the first page's JavaScript, compressed as a server would send it. */
const BUDGET = 250 * 1024;

describe('built dashboard', () => {
  it('loads at most 250 KB of gzipped JavaScript before the first page, the rest lazily', async () => {
    const html = await readFile(path.join(DIST, 'index.html'), 'utf8');
    // The entry script and the chunks it preloads are what the browser fetches before drawing.
    const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(initial.length).toBeGreaterThan(0);
    let total = 0;
    for (const file of initial) total += gzipSync(await readFile(path.join(DIST, file))).length;
    expect(total).toBeLessThanOrEqual(BUDGET);
    // The chart library is not among them: it comes with the first page that draws a chart.
    for (const file of initial) {
      expect(await readFile(path.join(DIST, file), 'utf8')).not.toContain('recharts-cartesian-grid');
    }
  });
});
