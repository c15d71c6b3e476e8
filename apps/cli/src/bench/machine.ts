import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';
import { timed } from './measure.ts';

/** Where and when a benchmark ran. */
export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  date: string;
  commit: string;
  /** 1-minute load average when the run started and ended: other work sharing the cores. */
  loadStart: number;
  loadEnd?: number | undefined;
  /**
   * A fixed CPU task (SHA-256 over 64 MB) in ms, run at the start: runs on differently loaded or
   * differently fast machines compare through it (a figure × calibration is roughly load-free).
   */
  calibrationMs: number;
}

/** The git commit of the working tree, with `+dirty` when it has uncommitted changes. */
function gitCommit(cwd: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

/** Hashes 64 MB in 1 MB chunks: a steady single-core task that does not depend on the project. */
async function calibrate(): Promise<number> {
  const chunk = Buffer.alloc(1024 * 1024, 7);
  const run = await timed(() => {
    const hash = createHash('sha256');
    for (let i = 0; i < 64; i++) hash.update(chunk);
    return hash.digest('hex');
  });
  return run.wallMs;
}

/** Describes this machine and calibrates it. */
export async function describeMachine(repoRoot: string): Promise<Machine> {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    commit: gitCommit(repoRoot),
    loadStart: os.loadavg()[0] ?? 0,
    calibrationMs: await calibrate(),
  };
}
