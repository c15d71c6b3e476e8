import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

const run = promisify(execFile);

/** Clicks an export button and returns the downloaded file's name and bytes. */
export async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const at = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(at) };
}

/** A decoded PNG and the share of non-white pixels inside a rectangle (in image pixels). */
export function decodePng(bytes: Buffer) {
  const png = PNG.sync.read(bytes);
  const ink = (x0: number, y0: number, x1: number, y1: number) => {
    let dark = 0;
    let total = 0;
    for (let y = Math.max(0, y0); y < Math.min(png.height, y1); y++) {
      for (let x = Math.max(0, x0); x < Math.min(png.width, x1); x++) {
        const i = (png.width * y + x) * 4;
        const [r = 255, g = 255, b = 255] = [png.data[i], png.data[i + 1], png.data[i + 2]];
        total++;
        if (r + g + b < 600) dark++;
      }
    }
    return total === 0 ? 0 : dark / total;
  };
  return {
    width: png.width,
    height: png.height,
    ink,
    pixel: (x: number, y: number) => [
      ...png.data.subarray((png.width * y + x) * 4, (png.width * y + x) * 4 + 4),
    ],
  };
}

/** Pages of a PDF rendered by poppler's pdftoppm (the page count is the number of images it writes). */
export async function pdfPages(bytes: Buffer): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nianbao-pdf-'));
  const pdf = path.join(dir, 'briefing.pdf');
  await writeFile(pdf, bytes);
  await run('pdftoppm', ['-r', '30', '-png', pdf, path.join(dir, 'page')]);
  return (await readdir(dir))
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** RFC 4180 CSV (quoted fields, doubled quotes) into rows of cells; the BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
