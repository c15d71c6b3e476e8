import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../store.ts';
import { notExpired, type TokenHolder } from '../tokens/api-tokens.ts';
import { writeDb } from '../write-tables.ts';

/** A new login: the secret goes into the cookie once and is never stored. */
export interface CreatedSession {
  secret: string;
  /** ISO 8601: the earlier of the session's lifetime and the token's own expiry. */
  expiresAt: string;
}

/** The holder behind a live session, and when the session ends. */
export interface SessionHolder extends TokenHolder {
  sessionExpiresAt: string;
}

// A recognisable prefix, like tokens: a leaked cookie value shows up in secret scanners.
const PREFIX = 'nbs_';

const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/**
 * Opens a session for a verified token, lasting `ttlMs` but never beyond the token's expiry.
 * Expired sessions of every token are swept on the way, so the table stays small.
 */
export async function createSession(
  store: Store,
  holder: TokenHolder,
  ttlMs: number,
  now: Date = new Date(),
): Promise<CreatedSession> {
  const db = writeDb(store.db);
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
  const limit = now.getTime() + Math.max(1, Math.floor(ttlMs));
  const tokenEnd = holder.expiresAt === null ? Number.POSITIVE_INFINITY : Date.parse(holder.expiresAt);
  const expiresAt = new Date(Math.min(limit, tokenEnd)).toISOString();
  const secret = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  await db
    .insertInto('sessions')
    .values({
      session_hash: hashSecret(secret),
      token_id: holder.id,
      created_at: now.toISOString(),
      expires_at: expiresAt,
    })
    .execute();
  return { secret, expiresAt };
}

/**
 * The holder of a live session: the session has not expired and its token is neither revoked nor
 * expired (revoking a token ends its sessions at once). Undefined for anything else.
 */
export async function verifySession(
  store: Store,
  secret: string,
  now: Date = new Date(),
): Promise<SessionHolder | undefined> {
  if (!secret.startsWith(PREFIX) || secret.length > 200) return undefined;
  const row = await writeDb(store.db)
    .selectFrom('sessions')
    .innerJoin('api_tokens', 'api_tokens.id', 'sessions.token_id')
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.role',
      'api_tokens.expires_at as token_expires_at',
      'api_tokens.revoked_at',
      'sessions.expires_at as session_expires_at',
    ])
    .where('sessions.session_hash', '=', hashSecret(secret))
    .executeTakeFirst();
  if (row === undefined || row.revoked_at !== null) return undefined;
  if (!notExpired(row.token_expires_at, now) || !notExpired(row.session_expires_at, now)) return undefined;
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    expiresAt: row.token_expires_at,
    sessionExpiresAt: row.session_expires_at,
  };
}

/** Ends a session (logout); false when there was none with this secret. */
export async function deleteSession(store: Store, secret: string): Promise<boolean> {
  if (!secret.startsWith(PREFIX) || secret.length > 200) return false;
  const result = await writeDb(store.db)
    .deleteFrom('sessions')
    .where('session_hash', '=', hashSecret(secret))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
