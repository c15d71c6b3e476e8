import type { ParsedReport, ParseErrorCode } from '@nianbao/parser';

/** One file for a parser worker. */
export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

/** A worker's answer: the parsed report, an expected ParseError, or an unexpected failure. */
export type WorkerReply =
  | { id: number; ok: true; report: ParsedReport }
  | { id: number; ok: false; parseError: { code: ParseErrorCode; file: string; message: string } }
  | { id: number; ok: false; failure: string };

/** Sent once by a worker when its modules are loaded and it can take work. */
export interface WorkerReady {
  ready: true;
}
