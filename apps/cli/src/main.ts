import path from 'node:path';
import { parseArgs } from 'node:util';
import { evalCommand } from './commands/eval.ts';
import { parseCommand } from './commands/parse.ts';
import { loadConfig } from './config.ts';

const USAGE = `nianbao — government information disclosure annual reports

usage:
  nianbao parse FILE... [--json]        read reports and print what was extracted
  nianbao eval DIR                      compare reports with their *.expected.json, cell by cell
  nianbao import PATH... [--source S]   store reports (files or folders, recursive); S = real | demo
  nianbao serve                         migrate, import data/ on first start, serve API + dashboard
  nianbao migrate                       bring the store's schema up to date
  nianbao demo generate [--seed N]      write the deterministic demo corpus to data/reports/demo
  nianbao token create --role R --name N   print a new API token (R = editor | admin | reader)
  nianbao token list | revoke ID           list tokens (never the tokens themselves) or revoke one
  nianbao token create … --expires 30d     a token that stops working after 30 days (or 12h)
  nianbao backup FILE                      consistent copy of the SQLite store, also while serving
  nianbao restore FILE [--force]           verify a backup, then replace the store with it
  nianbao ledger import PATH... [--year Y]   monthly 政务信息报送 ledgers (CSV/xlsx), per-row errors
  nianbao ledger demo                      write the demo ledger to data/ledger from the demo manifest
  nianbao bench [--scale N] [--pg URL] [--skip-web]   measure at province scale, write BENCHMARKS.md

environment: DATABASE_URL (default file:data/store/nianbao.db), PORT (8787), HOST (127.0.0.1),
             NIANBAO_READS (open | token: reads need a token too; default open);
             limits (upload sizes, parse time, rates, sessions): see SECURITY.md
`;

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'bench') {
    // Its own flags and no store of the configuration: it builds and measures stores of its own.
    const { benchCommand } = await import('./commands/bench.ts');
    return benchCommand(argv.slice(1));
  }
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      source: { type: 'string', default: 'real' },
      seed: { type: 'string' },
      out: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      year: { type: 'string' },
      expires: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (command === 'parse') return parseCommand(rest, { json: values.json });
  if (command === 'eval') return evalCommand(rest);
  if (command === 'demo') {
    const { demoCommand } = await import('./commands/demo.ts');
    const out = values.out ?? path.join(loadConfig().NIANBAO_DATA_DIR, 'reports', 'demo');
    return demoCommand(rest, { seed: values.seed, out });
  }

  if (command === 'restore') {
    // Before the store is opened: restore replaces the file and must not hold it itself.
    const { restoreCommand } = await import('./commands/restore.ts');
    return restoreCommand(loadConfig().DATABASE_URL, rest, { force: values.force });
  }

  // Loaded lazily: `parse` must not pay for the native SQLite driver or the HTTP stack.
  const [{ openStore }, { importCommand }, { serveCommand }] = await Promise.all([
    import('@nianbao/db'),
    import('./commands/import.ts'),
    import('./commands/serve.ts'),
  ]);
  const config = loadConfig();
  const store = await openStore(config.DATABASE_URL);
  switch (command) {
    case 'import': {
      const source = values.source;
      if (source !== 'real' && source !== 'demo') {
        process.stderr.write(`--source must be real or demo, not "${source}"\n`);
        await store.close();
        return 2;
      }
      const code = await importCommand(store, rest, source);
      await store.close();
      return code;
    }
    case 'migrate':
      process.stdout.write(`store is up to date (${config.DATABASE_URL})\n`);
      await store.close();
      return 0;
    case 'serve':
      await serveCommand(store, config);
      return -1; // keeps running
    case 'backup': {
      const { backupCommand } = await import('./commands/backup.ts');
      const code = await backupCommand(store, rest);
      await store.close();
      return code;
    }
    case 'token': {
      const { tokenCommand } = await import('./commands/token.ts');
      const code = await tokenCommand(store, rest, {
        role: values.role,
        name: values.name,
        expires: values.expires,
      });
      await store.close();
      return code;
    }
    case 'ledger': {
      const { ledgerCommand } = await import('./commands/ledger.ts');
      const code = await ledgerCommand(store, rest, {
        source: values.source,
        year: values.year,
        out: values.out,
        dataDir: config.NIANBAO_DATA_DIR,
      });
      await store.close();
      return code;
    }
    default:
      await store.close();
      process.stderr.write(`unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`nianbao: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
