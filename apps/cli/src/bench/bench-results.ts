import type { LatencyResult } from './api-latency.ts';
import type { ApiScenario } from './api-targets.ts';
import type { WriteResult } from './child-tasks.ts';
import type { Machine } from './machine.ts';
import type { ParseResult } from './parse-throughput.ts';
import type { WebResult } from './web-metrics.ts';

/** One engine's API table: every scenario uncached and cached, and the bare node:http ceiling. */
export interface ApiTable {
  engine: 'SQLite' | 'PostgreSQL';
  reports: number;
  ceiling: LatencyResult;
  /** How the store was built, when this table's engine is not the one in the build section. */
  build?: (WriteResult & { batch: number; commit?: string; reused?: boolean }) | undefined;
  rows: {
    scenario: ApiScenario;
    uncached: LatencyResult;
    cached: LatencyResult;
    /** A bare node:http server sending the cached answers' very bytes: the ceiling for bodies this size. */
    sameBytes: LatencyResult;
  }[];
}

/** Importing rendered files: batched as `nianbao import` does, with parse workers, and one transaction per file. */
export interface ImportFilesResult {
  files: number;
  formats: string;
  batch: number;
  workers: number;
  batched: WriteResult;
  parallel: WriteResult;
  perFile: WriteResult;
}

/** Everything one `nianbao bench` run measured. */
export interface BenchResults {
  machine: Machine;
  options: {
    scale: number;
    reports: number;
    connections: number;
    seconds: number;
  };
  parse: ParseResult[];
  importFiles: ImportFilesResult;
  /** `commit`: the code that built the store; `reused`: built by an earlier run (--reuse-store). */
  build: WriteResult & { storeBytes: number; batch: number; commit?: string; reused?: boolean };
  api: ApiTable[];
  web: WebResult | { error: string } | { skipped: true };
}
