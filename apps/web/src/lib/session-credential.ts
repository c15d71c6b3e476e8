/**
 * Stands in for a bearer token when the browser is logged in: the API client sends no
 * Authorization header for it, and the HttpOnly session cookie authenticates the request instead.
 * Never a real token (those start with `nb_`), so it can never be sent as one by mistake.
 */
export const SESSION_CREDENTIAL = 'session-cookie';

/** The Authorization header for a credential: none for '' and for the session stand-in. */
export function authorizationHeader(credential: string): Record<string, string> {
  return credential === '' || credential === SESSION_CREDENTIAL
    ? {}
    : { Authorization: `Bearer ${credential}` };
}
