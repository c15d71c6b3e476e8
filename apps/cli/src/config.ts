import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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
});

export type Config = z.infer<typeof envSchema> & { webDirExists: boolean };

/** The only place that reads process.env: parsed and validated once, with precise errors. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${detail}`);
  }
  return { ...parsed.data, webDirExists: existsSync(path.join(parsed.data.NIANBAO_WEB_DIR, 'index.html')) };
}
