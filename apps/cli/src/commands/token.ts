import { createToken, listTokens, revokeToken, type Store, type TokenRole } from '@nianbao/db';

const ROLES: readonly TokenRole[] = ['reader', 'editor', 'admin'];

/** Where the command writes; tests pass their own. */
export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: CommandOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export const TOKEN_USAGE = `usage:
  nianbao token create --role editor|admin|reader --name NAME [--expires 30d]
                                                                 print a new token (shown once);
                                                                 --expires: days (30d) or hours (12h)
  nianbao token list                                             list tokens (never the tokens)
  nianbao token revoke ID                                        revoke a token
`;

const UNIT_MS: Record<string, number> = { d: 24 * 60 * 60 * 1000, h: 60 * 60 * 1000 };

/** `30d` / `12h` / `30` (days) in ms; undefined for anything else (zero included). */
export function parseLifetime(text: string): number | undefined {
  const match = /^\s*(\d{1,5})\s*([dh]?)\s*$/i.exec(text);
  const amount = Number(match?.[1]);
  if (!match || !(amount > 0)) return undefined;
  return amount * (UNIT_MS[(match[2] || 'd').toLowerCase()] ?? 0);
}

function isRole(role: string | undefined): role is TokenRole {
  return ROLES.includes(role as TokenRole);
}

/**
 * `nianbao token create|list|revoke`. `create` prints only the token on stdout, so
 * `TOKEN=$(nianbao token create …)` captures it; the store keeps its sha256, never the token.
 */
export async function tokenCommand(
  store: Store,
  args: readonly string[],
  options: { role?: string | undefined; name?: string | undefined; expires?: string | undefined },
  io: CommandOutput = processOutput,
): Promise<number> {
  const [action, ...rest] = args;
  switch (action) {
    case 'create': {
      if (!isRole(options.role)) {
        io.err(`--role must be one of ${ROLES.join(', ')}${options.role ? `, not "${options.role}"` : ''}\n`);
        return 2;
      }
      if (!options.name?.trim()) {
        io.err('--name is required: it is who the audit log will say made each change\n');
        return 2;
      }
      const lifetime = options.expires === undefined ? null : parseLifetime(options.expires);
      if (lifetime === undefined) {
        io.err(`--expires must be a number of days or hours such as 30d or 12h, not "${options.expires}"\n`);
        return 2;
      }
      const expiresAt = lifetime === null ? null : new Date(Date.now() + lifetime);
      const token = await createToken(store, { name: options.name, role: options.role, expiresAt });
      io.out(`${token.token}\n`);
      const until = token.expiresAt === null ? 'never expires' : `expires ${token.expiresAt}`;
      io.err(`token ${token.id} (${token.role}, ${token.name}) created, ${until}; it is not shown again\n`);
      return 0;
    }
    case 'list': {
      const tokens = await listTokens(store);
      if (tokens.length === 0) io.out('no tokens\n');
      for (const t of tokens) {
        const expired = t.expiresAt !== null && Date.parse(t.expiresAt) <= Date.now();
        const state = t.revokedAt
          ? `revoked ${t.revokedAt}`
          : expired
            ? `expired ${t.expiresAt}`
            : t.expiresAt
              ? `active until ${t.expiresAt}`
              : 'active';
        io.out(`${t.id}\t${t.role}\t${t.name}\tcreated ${t.createdAt}\t${state}\n`);
      }
      return 0;
    }
    case 'revoke': {
      const id = Number(rest[0]);
      if (!Number.isSafeInteger(id) || id <= 0) {
        io.err(`token revoke needs a token id (see nianbao token list), not "${rest[0] ?? ''}"\n`);
        return 2;
      }
      if (!(await revokeToken(store, id))) {
        io.err(`no active token with id ${id}\n`);
        return 1;
      }
      io.out(`token ${id} revoked\n`);
      return 0;
    }
    default:
      io.err(TOKEN_USAGE);
      return 2;
  }
}
