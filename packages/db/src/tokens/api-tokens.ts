import { createHash, randomBytes } from 'node:crypto';
import type { TokenDto } from '@nianbao/schema';
import type { Store } from '../store.ts';
import { type TokenRole, writeDb } from '../write-tables.ts';

/** A token as its holder presents it; shown once at creation, never stored. */
export interface CreatedToken extends TokenDto {
  token: string;
}

/** The holder of a verified token. */
export interface TokenHolder {
  id: number;
  name: string;
  role: TokenRole;
  /** ISO 8601; null: the token never expires. */
  expiresAt: string | null;
}

/** Thrown for an expiry that is not a valid date. */
export class TokenExpiryError extends Error {
  override readonly name = 'TokenExpiryError';
  readonly code = 'invalid_token_expiry';
}

/** True while a token (or session) with this expiry may still be used at `now`. */
export function notExpired(expiresAt: string | null, now: Date): boolean {
  if (expiresAt === null) return true;
  const at = Date.parse(expiresAt);
  // An unreadable expiry fails closed.
  return Number.isFinite(at) && at > now.getTime();
}

/** Thrown for a token name that is empty or too long. */
export class TokenNameError extends Error {
  override readonly name = 'TokenNameError';
  readonly code = 'invalid_token_name';
}

// The prefix makes a leaked token recognisable in logs and secret scanners.
const PREFIX = 'nb_';

/** sha256 of the token text, hex: what the store keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Creates a token from 32 random bytes; the returned `token` is the only copy there will ever be. */
export async function createToken(
  store: Store,
  input: { name: string; role: TokenRole; expiresAt?: Date | null | undefined },
): Promise<CreatedToken> {
  const name = input.name.trim();
  if (name === '' || name.length > 100) {
    throw new TokenNameError(`token name must be 1–100 characters, got ${JSON.stringify(input.name)}`);
  }
  const expires = input.expiresAt ?? null;
  if (expires !== null && !Number.isFinite(expires.getTime())) {
    throw new TokenExpiryError('token expiry must be a valid date');
  }
  const expiresAt = expires?.toISOString() ?? null;
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const createdAt = new Date().toISOString();
  const { id } = await writeDb(store.db)
    .insertInto('api_tokens')
    .values({
      name,
      role: input.role,
      token_hash: hashToken(token),
      created_at: createdAt,
      revoked_at: null,
      expires_at: expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, name, role: input.role, createdAt, revokedAt: null, expiresAt, token };
}

/** The holder of a live (not revoked, not expired) token, or undefined for any other text. */
export async function verifyToken(
  store: Store,
  token: string,
  now: Date = new Date(),
): Promise<TokenHolder | undefined> {
  if (!token.startsWith(PREFIX) || token.length > 200) return undefined;
  // Looked up by hash: the comparison never touches the token itself, so timing reveals nothing.
  const row = await writeDb(store.db)
    .selectFrom('api_tokens')
    .select(['id', 'name', 'role', 'expires_at'])
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined || !notExpired(row.expires_at, now)) return undefined;
  return { id: row.id, name: row.name, role: row.role, expiresAt: row.expires_at };
}

/** Revokes a token; false when there is no live token with that id. */
export async function revokeToken(store: Store, id: number): Promise<boolean> {
  const result = await writeDb(store.db)
    .updateTable('api_tokens')
    .set({ revoked_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Every token ever created, oldest first, without secrets. */
export async function listTokens(store: Store): Promise<TokenDto[]> {
  const rows = await writeDb(store.db)
    .selectFrom('api_tokens')
    .select(['id', 'name', 'role', 'created_at', 'revoked_at', 'expires_at'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    expiresAt: r.expires_at,
  }));
}
