import type { ParsedReport } from '@nianbao/parser';
import type { ReportSource } from '../database.ts';

/** What happened to one file that was read. */
export interface ImportOutcome {
  file: string;
  /** `unchanged`: a live report with the same bytes was already stored; nothing was written. */
  status: 'imported' | 'unchanged';
  reportId: number;
  agencyId: number;
  agencyName: string;
  year: number | null;
  version: number;
  /** True when the checker found at least one error in the report. */
  flagged: boolean;
  sha256: string;
}

/** The input of one import: the file's bytes and the name it is known by. */
export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
  /** Defaults to `real`: the customer's own files. */
  source?: ReportSource;
  /** Parses the bytes; defaults to parseReport in this thread (the API passes a time-bounded worker). */
  parse?: ReportParser | undefined;
}

/** A stand-in for parseReport: same contract, e.g. run in a worker thread with a deadline. */
export type ReportParser = (bytes: Uint8Array, fileName: string) => Promise<ParsedReport>;

/** One file of a batch that could not be imported. */
export interface ImportFailure {
  file: string;
  code: string;
  message: string;
}
