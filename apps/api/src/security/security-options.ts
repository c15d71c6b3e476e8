import { MAX_FILES_PER_UPLOAD, MAX_UPLOAD_BYTES } from '../uploads/upload-form.ts';
import type { ParsePool } from './parse-pool.ts';

const MIB = 1024 * 1024;

/** The server's limits and trust settings; every field has a default (see SECURITY.md). */
export interface SecurityOptions {
  /** Largest single uploaded file, in bytes. Default 20 MiB. */
  maxFileBytes: number;
  /** Largest multipart request (all its files), in bytes. Default and ceiling 64 MiB. */
  maxUploadBytes: number;
  /** Most files in one upload request. Default and ceiling 50. */
  maxFiles: number;
  /** Largest body of any other request (JSON), in bytes. Default 64 KiB. */
  maxJsonBytes: number;
  /** Longest one parse of an uploaded file may run, in ms. Default 30 s. */
  parseTimeoutMs: number;
  /** Worker threads that parse uploads. Default 1. */
  parseWorkers: number;
  /** Writes (POST, PUT, PATCH, DELETE) per minute per token, session or client address. Default 120. */
  writesPerMinute: number;
  /** Logins plus failed authentications per minute per client address. Default 10. */
  loginsPerMinute: number;
  /** Lifetime of a dashboard session, in ms (never beyond its token's expiry). Default 8 h. */
  sessionTtlMs: number;
  /** Take the client address and scheme from X-Forwarded-For / -Proto (behind a proxy). Default false. */
  trustProxy: boolean;
}

/** Every limit's default. */
export const DEFAULT_SECURITY: Readonly<SecurityOptions> = {
  maxFileBytes: 20 * MIB,
  maxUploadBytes: MAX_UPLOAD_BYTES,
  maxFiles: MAX_FILES_PER_UPLOAD,
  maxJsonBytes: 64 * 1024,
  parseTimeoutMs: 30_000,
  parseWorkers: 1,
  writesPerMinute: 120,
  loginsPerMinute: 10,
  sessionTtlMs: 8 * 60 * 60 * 1000,
  trustProxy: false,
};

/** What createApp accepts: any subset of the limits, plus test seams. */
export interface SecurityInput extends Partial<SecurityOptions> {
  /** The clock of the rate limiters (ms); tests pass their own instead of waiting. */
  now?: () => number;
  /** The parser workers; by default one pool of `parseWorkers` shared by the process. */
  parsePool?: ParsePool;
}

/** Defaults filled in; upload limits clamped to the ceilings the upload routes enforce themselves. */
export function resolveSecurity(input: SecurityInput = {}): SecurityOptions {
  const defined = Object.fromEntries(
    Object.entries(input).filter(([key, value]) => value !== undefined && key in DEFAULT_SECURITY),
  ) as Partial<SecurityOptions>;
  const options = { ...DEFAULT_SECURITY, ...defined };
  return {
    ...options,
    maxUploadBytes: Math.min(options.maxUploadBytes, MAX_UPLOAD_BYTES),
    maxFileBytes: Math.min(options.maxFileBytes, options.maxUploadBytes, MAX_UPLOAD_BYTES),
    maxFiles: Math.min(options.maxFiles, MAX_FILES_PER_UPLOAD),
  };
}
