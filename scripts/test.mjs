// `npm test`: lint, typecheck, then every workspace's vitest suites through turbo; ends with one
// closing line "N passed, N failed" summed from the JSON reports each suite writes, so CI (and a
// person) sees the whole count in one place.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const workspaces = ['apps', 'packages'].flatMap((group) =>
  readdirSync(path.join(root, group), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, group, d.name, 'package.json')))
    .map((d) => path.join(root, group, d.name)),
);
const reportOf = (dir) => path.join(dir, 'test-output', 'vitest.json');

function step(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  return result.status ?? 1;
}

for (const dir of workspaces) rmSync(reportOf(dir), { force: true });

let status = step('lint and format (biome)', 'npx', ['biome', 'check', '.']);
if (status === 0)
  status = step('typecheck', 'npx', ['turbo', 'run', 'typecheck', '--output-logs=errors-only']);
if (status === 0) status = step('tests', 'npx', ['turbo', 'run', 'test', '--concurrency=1', '--continue']);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of workspaces) {
  if (!existsSync(reportOf(dir))) continue;
  const report = JSON.parse(readFileSync(reportOf(dir), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  console.log(
    `  ${path.relative(root, dir)}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
  );
}
if (status !== 0 && failed === 0) failed = 1; // a lint, typecheck or runner failure is a failure too
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status);
