import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fastReports, renderReport } from '@nianbao/demo';
import { specFor } from './render-samples.ts';

/**
 * Writes `count` rendered demo reports into a fresh folder, alternating txt and html renderings
 * (layouts and encodings rotating), the formats most reports are published in.
 */
export async function renderFiles(dir: string, count: number): Promise<{ files: number; formats: string }> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let i = 0;
  for (const report of fastReports(7_777, count)) {
    const format = i % 2 === 0 ? 'txt' : 'html';
    const bytes = await renderReport(report, specFor(format, Math.floor(i / 2)));
    await writeFile(path.join(dir, `${report.id}.${format}`), bytes);
    i++;
  }
  return { files: i, formats: 'half txt in 4 layouts × 3 encodings, half html in UTF-8 and GB18030' };
}
