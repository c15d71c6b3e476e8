import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SecurityInput } from '@nianbao/api';
import { z } from 'zod';

const MIB = 1024 * 1024;

/** The repository root, found from this file so commands work from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .min(1)
    .default(`file:${path.join(REPO_ROOT, 'data', 'store', 'nianbao.db')}`),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  NIANBAO_WEB_DIR: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, 'apps', 'web', 'dist')),
  NIANBAO_DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, 'data')),
  /** `token`: GET requests need a bearer token too (any role); writes always do. */
  NIANBAO_READS: z.enum(['open', 'token']).default('open'),
  // Limits (SECURITY.md lists each with its default). Upload sizes cannot exceed the routes' ceilings.
  NIANBAO_MAX_FILE_MB: z.coerce.number().positive().max(64).default(20),
  NIANBAO_MAX_UPLOAD_MB: z.coerce.number().positive().max(64).default(64),
  NIANBAO_MAX_FILES: z.coerce.number().int().min(1).max(50).default(50),
  NIANBAO_MAX_BODY_KB: z.coerce.number().int().min(1).max(10_240).default(64),
  NIANBAO_PARSE_TIMEOUT_S: z.coerce.number().positive().max(600).default(30),
  NIANBAO_PARSE_WORKERS: z.coerce.number().int().min(1).max(16).default(1),
  NIANBAO_WRITES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  NIANBAO_LOGINS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(10),
  NIANBAO_SESSION_HOURS: z.coerce.number().positive().max(720).default(8),
  /** `true` behind a reverse proxy: client address and scheme come from X-Forwarded-*. */
  NIANBAO_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
});

export type Config = z.infer<typeof envSchema> & { webDirExists: boolean };

/** The server's limits from the environment, in the units createApp takes. */
export function securityLimits(config: Config): SecurityInput {
  return {
    maxFileBytes: Math.round(config.NIANBAO_MAX_FILE_MB * MIB),
    maxUploadBytes: Math.round(config.NIANBAO_MAX_UPLOAD_MB * MIB),
    maxFiles: config.NIANBAO_MAX_FILES,
    maxJsonBytes: config.NIANBAO_MAX_BODY_KB * 1024,
    parseTimeoutMs: Math.round(config.NIANBAO_PARSE_TIMEOUT_S * 1000),
    parseWorkers: config.NIANBAO_PARSE_WORKERS,
    writesPerMinute: config.NIANBAO_WRITES_PER_MINUTE,
    loginsPerMinute: config.NIANBAO_LOGINS_PER_MINUTE,
    sessionTtlMs: Math.round(config.NIANBAO_SESSION_HOURS * 3_600_000),
    trustProxy: config.NIANBAO_TRUST_PROXY === 'true',
  };
}

/** The only place that reads process.env: parsed and validated once, with precise errors. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${detail}`);
  }
  return { ...parsed.data, webDirExists: existsSync(path.join(parsed.data.NIANBAO_WEB_DIR, 'index.html')) };
}
