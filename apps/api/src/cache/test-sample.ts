import { readFile } from 'node:fs/promises';
import { importReport, type Store } from '@nianbao/db';
import { SAMPLE_PATH } from '../test-support/api-fixture.ts';

/** Imports the real sample; returns its report id. */
export async function importSample(store: Store): Promise<number> {
  const { reportId } = await importReport(store, {
    fileName: 'sample.txt',
    bytes: await readFile(SAMPLE_PATH),
  });
  return reportId;
}
