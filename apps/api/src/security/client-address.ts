import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** The first entry of a comma-separated forwarding header, trimmed. */
function firstForwarded(value: string | undefined): string | undefined {
  const first = value?.split(',')[0]?.trim();
  return first === '' ? undefined : first;
}

/**
 * The client's address for rate limiting: the socket's peer, or (behind a trusted proxy) the
 * first X-Forwarded-For entry. Requests made without a socket (app.request in tests) share 'local'.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = firstForwarded(c.req.header('X-Forwarded-For'));
    if (forwarded !== undefined) return forwarded;
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}

/** The origin the client addressed (`https://host:port`), honouring X-Forwarded-* behind a trusted proxy. */
export function requestOrigin(c: Context, trustProxy: boolean): string {
  const url = new URL(c.req.url);
  if (!trustProxy) return url.origin;
  const proto = firstForwarded(c.req.header('X-Forwarded-Proto')) ?? url.protocol.replace(/:$/, '');
  const host = firstForwarded(c.req.header('X-Forwarded-Host')) ?? url.host;
  return `${proto}://${host}`;
}

/** True when the client reached the server over HTTPS (directly or through a trusted proxy). */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  return requestOrigin(c, trustProxy).startsWith('https://');
}
