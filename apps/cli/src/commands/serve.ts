import { existsSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '@nianbao/api';
import { countReports, type Store } from '@nianbao/db';
import { type Config, securityLimits } from '../config.ts';
import { importAndReport } from './import.ts';
import { importLedgerOnFirstStart } from './ledger.ts';

/** Folders of data/ imported on first start, with the source each is marked as. */
const FIRST_START_FOLDERS = [
  { folder: 'reports/real', source: 'real' },
  { folder: 'reports/demo', source: 'demo' },
] as const;

/** Fills an empty store from data/ so a fresh clone shows charts immediately. */
async function importOnFirstStart(store: Store, dataDir: string) {
  for (const { folder, source } of FIRST_START_FOLDERS) {
    const dir = path.join(dataDir, folder);
    if (!existsSync(dir)) continue;
    process.stdout.write(`first start: importing ${path.relative(process.cwd(), dir) || dir} (${source})\n`);
    await importAndReport(store, [dir], source);
  }
}

/** `nianbao serve`: migrate (on open), import data/ on first start, serve API + dashboard. */
export async function serveCommand(store: Store, config: Config): Promise<void> {
  // Only a store without reports is a first start; deciding it once here keeps the ledger import
  // from being retried (and rejected row by row) on every start of a store without the demo units.
  if ((await countReports(store)) === 0) {
    await importOnFirstStart(store, config.NIANBAO_DATA_DIR);
    await importLedgerOnFirstStart(store, config.NIANBAO_DATA_DIR);
  }
  const webDir = config.webDirExists ? config.NIANBAO_WEB_DIR : undefined;
  const server = await startServer({
    store,
    port: config.PORT,
    hostname: config.HOST,
    webDir,
    readsRequireToken: config.NIANBAO_READS === 'token',
    security: securityLimits(config),
  });
  if (!webDir)
    process.stdout.write(`dashboard not built (${config.NIANBAO_WEB_DIR}); serving the API only\n`);
  process.stdout.write(`Nianbao is running at ${server.url}/\n`);
  const stop = async () => {
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
