/** Work the benchmark runs in a child process of its own: its memory and CPU are then its own. */
export type ChildTask =
  | { kind: 'build'; storeUrl: string; count: number; seed: number; batch: number }
  | { kind: 'import'; storeUrl: string; dir: string; batch: number; workers: number }
  | { kind: 'serve'; storeUrl: string; cache: boolean; webDir?: string | undefined }
  | { kind: 'hello' }
  /** A bare node:http server answering with the answers recorded in `file` (RecordedAnswer[] JSON). */
  | { kind: 'replay'; file: string };

/** What a store-writing child reports back. */
export interface WriteResult {
  reports: number;
  failed: number;
  /** Printed values stored (rows of report_values). */
  values: number;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  /** Highest RSS seen by a 250 ms sampler, for comparison with the kernel's high-water mark. */
  sampledRssMb: number;
}

/** Messages from a child to the benchmark. */
export type ChildMessage =
  | { type: 'result'; result: WriteResult }
  | { type: 'listening'; port: number }
  | { type: 'progress'; line: string }
  | { type: 'error'; message: string };
