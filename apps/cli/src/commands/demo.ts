import path from 'node:path';
import { DEFAULT_DEMO_SEED, writeDemoCorpus } from '@nianbao/demo';

/** `nianbao demo generate [--seed N] [--out DIR]`: writes the deterministic demo corpus. */
export async function demoCommand(args: string[], options: { seed?: string; out: string }): Promise<number> {
  if (args[0] !== 'generate') {
    process.stderr.write('usage: nianbao demo generate [--seed N] [--out DIR]\n');
    return 2;
  }
  const seed = options.seed === undefined ? DEFAULT_DEMO_SEED : Number(options.seed);
  if (!Number.isSafeInteger(seed)) {
    process.stderr.write(`--seed must be an integer, not "${options.seed}"\n`);
    return 2;
  }
  const { results, errors, manifestPath, totalBytes } = await writeDemoCorpus({ outDir: options.out, seed });
  process.stdout.write(
    `wrote ${results.length} demo reports (${(totalBytes / 1e6).toFixed(1)} MB, seed ${seed}) to ` +
      `${path.relative(process.cwd(), options.out) || '.'}; manifest ${path.relative(process.cwd(), manifestPath)}\n`,
  );
  for (const e of errors) process.stdout.write(`  failed ${e.file}: ${e.message}\n`);
  return errors.length > 0 ? 1 : 0;
}
