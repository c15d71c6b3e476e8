import { readFile } from 'node:fs/promises';
import { ParseError, parseReport } from '@nianbao/parser';
import type { ParseErrorLine, ParseResult } from '@nianbao/schema';

/** The contract's keys, in the contract's order: internal fields (text, cells…) stay out. */
function toContract(file: string, r: ParseResult): ParseResult {
  return {
    file,
    agency: r.agency,
    region: r.region,
    year: r.year,
    template: r.template,
    values: r.values,
    facts: r.facts,
    findings: r.findings,
  };
}

function describe(file: string, error: unknown): ParseErrorLine {
  if (error instanceof ParseError) return { file, error: { code: error.code, message: error.message } };
  const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file_not_found' : 'read_failed';
  return { file, error: { code, message: error instanceof Error ? error.message : String(error) } };
}

/** `nianbao parse FILE... [--json]`: one line per file; exit code 1 when any file failed. */
export async function parseCommand(files: string[], options: { json: boolean }): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: nianbao parse FILE... [--json]\n');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const result = await parseReport(await readFile(file), file);
      const line = toContract(file, result);
      if (options.json) process.stdout.write(`${JSON.stringify(line)}\n`);
      else {
        const cells = Object.keys(line.values).length;
        const errors = line.findings.filter((f) => f.severity === 'error').length;
        process.stdout.write(
          `${file}: ${line.agency ?? '(机构未识别)'} ${line.year ?? '(年度未识别)'} ` +
            `template ${line.template}, ${cells} cells, ${line.facts.length} facts, ${errors} errors\n`,
        );
      }
    } catch (error) {
      failed += 1;
      const line = describe(file, error);
      if (options.json) process.stdout.write(`${JSON.stringify(line)}\n`);
      else process.stderr.write(`${file}: ${line.error.code}: ${line.error.message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
