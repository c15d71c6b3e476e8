import { readFile } from 'node:fs/promises';
import { SAMPLE_PATH } from '../test-support/sample.ts';

/**
 * For tests: the real sample and a re-published version of it in which two printed cells changed
 * (规范性文件 made 9 → 11, 政府集中采购 count 5 → 6), as an agency correcting its report would.
 */
export async function sampleAndRevision(): Promise<{ original: Buffer; revised: Buffer }> {
  const original = await readFile(SAMPLE_PATH);
  const text = original.toString('utf8');
  const revisedText = text
    .replace('规范性文件\t9\t9\t9', '规范性文件\t11\t9\t9')
    .replace('政府集中采购\t5\t15.91', '政府集中采购\t6\t15.91');
  if (revisedText === text) throw new Error('the sample no longer has the rows the revision edits');
  return { original, revised: Buffer.from(revisedText, 'utf8') };
}
