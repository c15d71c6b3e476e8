import { readFileSync } from 'node:fs';

/** Wall-clock and CPU time of one measured piece of work. */
export interface Timing {
  wallMs: number;
  /** User + system time of the whole process (every thread: GC helpers, the libuv pool) while it ran. */
  cpuMs: number;
  /** User + system time of the main thread alone (Linux; NaN elsewhere), at 10 ms resolution. */
  mainThreadCpuMs: number;
}

/** CPU time of the main thread from /proc (its thread id is the process id), in ms. */
function mainThreadCpu(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th of them.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/**
 * Runs `work` and times it both ways. On a shared machine the wall clock says what a user waits;
 * CPU time says what the work costs, whatever else the cores were doing meanwhile.
 */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T } & Timing> {
  const cpu = process.cpuUsage();
  const thread = mainThreadCpu();
  const start = performance.now();
  const value = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    value,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    mainThreadCpuMs: mainThreadCpu() - thread,
  };
}

/** Items per second of wall-clock time. */
export const perSecond = (count: number, ms: number) => (ms > 0 ? (count * 1000) / ms : 0);

/**
 * The process's peak resident memory in MB: the kernel's high-water mark (VmHWM), which catches
 * peaks between samples; process.memoryUsage().rss where /proc is missing.
 */
export function peakRssMb(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    if (match?.[1]) return Number(match[1]) / 1024;
  } catch {
    // Not Linux: fall through to the current RSS.
  }
  return process.memoryUsage().rss / (1024 * 1024);
}

/** The value at quantile q (0–1) of ascending-sorted numbers, by nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
