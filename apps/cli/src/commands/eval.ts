import { stat } from 'node:fs/promises';
import { evaluate, formatEvaluation } from '@nianbao/parser';

/**
 * `nianbao eval DIR`: parses every report under DIR that has an expectation (`*.expected.json`)
 * and prints cell-level precision and recall per file and overall, listing every wrong, missing
 * or extra cell. Exit code 1 below 100% (or on any other difference), 2 on bad usage.
 */
export async function evalCommand(args: string[]): Promise<number> {
  const [dir, ...rest] = args;
  if (dir === undefined || rest.length > 0) {
    process.stderr.write('usage: nianbao eval DIR\n');
    return 2;
  }
  const info = await stat(dir).catch(() => null);
  if (info === null || !info.isDirectory()) {
    process.stderr.write(`nianbao eval: ${dir} is not a folder\n`);
    return 2;
  }
  const result = await evaluate(dir);
  if (result.files.length === 0) {
    process.stderr.write(`nianbao eval: no *.expected.json under ${dir}\n`);
    return 1;
  }
  process.stdout.write(formatEvaluation(result));
  return result.perfect ? 0 : 1;
}
