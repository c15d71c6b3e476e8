// `npm start`: the one command that takes a fresh clone to a running product.
// Installs when node_modules is missing, builds the dashboard (turbo caches it), then serves;
// the server migrates the store and imports data/ on first start.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync(path.join(root, 'node_modules', '.bin', 'nianbao'))) {
  console.log('▶ installing dependencies (npm ci; the SQLite driver compiles from source, ~2 minutes)');
  run(npm, ['ci']);
}
console.log('▶ building the dashboard');
run(npm, ['exec', '--', 'turbo', 'run', 'build', '--filter=@nianbao/web', '--output-logs=errors-only']);
console.log('▶ starting the server');
run(process.execPath, [path.join(root, 'apps', 'cli', 'bin', 'nianbao.js'), 'serve']);
