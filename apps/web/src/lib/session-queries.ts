import type { SessionDto } from '@nianbao/api';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEditToken } from '../hooks/use-edit-token.ts';
import { sessionClient } from './session-api.ts';
import { SESSION_CREDENTIAL } from './session-credential.ts';

/** Query factories of the login state and the token list. */
export const sessionQueries = {
  current: () =>
    queryOptions({
      queryKey: ['session'] as const,
      queryFn: ({ signal }) => sessionClient.current(signal),
      staleTime: 60_000,
    }),
  tokens: () =>
    queryOptions({
      queryKey: ['session', 'tokens'] as const,
      queryFn: ({ signal }) => sessionClient.tokens(signal),
    }),
};

/** Who this browser is logged in as (undefined while unknown or when the check failed). */
export function useSession(): SessionDto | undefined {
  return useQuery(sessionQueries.current()).data;
}

/** True when a session of at least editor rank is active. */
export function canEdit(session: SessionDto | undefined): boolean {
  return session?.authenticated === true && session.token.role !== 'reader';
}

/**
 * The credential edits are made with: a pasted edit token when there is one, otherwise the session
 * (SESSION_CREDENTIAL, sent as the cookie) when its role may edit, otherwise ''.
 */
export function useWriteCredential(): string {
  const [token] = useEditToken();
  const session = useSession();
  if (token !== '') return token;
  return canEdit(session) ? SESSION_CREDENTIAL : '';
}
