import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** Name of the dashboard's session cookie. */
export const SESSION_COOKIE = 'nianbao_session';

// Only the API reads the cookie; pages and static files never receive it.
const PATH = '/api';

/**
 * Sets the session cookie: HttpOnly (page scripts cannot read it), SameSite=Strict (no other site
 * can make the browser send it), Secure when the client came over HTTPS, expiring with the session.
 */
export function setSessionCookie(c: Context, secret: string, expiresAt: string, secure: boolean): void {
  const expires = new Date(expiresAt);
  setCookie(c, SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'Strict',
    secure,
    path: PATH,
    expires,
    maxAge: Math.max(0, Math.floor((expires.getTime() - Date.now()) / 1000)),
  });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: PATH, httpOnly: true, sameSite: 'Strict', secure });
}

/** The session secret the request carries, if any. */
export function sessionSecret(c: Context): string | undefined {
  const value = getCookie(c, SESSION_COOKIE);
  return value === undefined || value === '' ? undefined : value;
}
