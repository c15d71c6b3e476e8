import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

/**
 * The dashboard's Content-Security-Policy: scripts, styles, data and fonts from this origin only,
 * no inline script or style, no plugins, no framing. The built dashboard needs nothing more
 * (checked in Chromium by the security e2e suite, which listens for violations on every page).
 */
const APP_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The API docs page is one self-contained HTML file with an inline stylesheet and no script at
 * all: inline style is allowed there, and nothing else is.
 */
const DOCS_POLICY = {
  defaultSrc: ["'none'"],
  styleSrc: ["'unsafe-inline'"],
  imgSrc: ['data:'],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

const common: SecureHeadersOptions = {
  // A route's own stricter header stays (the stored-file download sends `default-src 'none'; sandbox`).
  overwrite: false,
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  permissionsPolicy: { camera: false, microphone: false, geolocation: false, payment: false, usb: false },
};

const appHeaders = secureHeaders({ ...common, contentSecurityPolicy: APP_POLICY });
const docsHeaders = secureHeaders({ ...common, contentSecurityPolicy: DOCS_POLICY });

/** Security headers on every response (API, dashboard, errors), with the CSP for what is served. */
export function securityHeaders(): MiddlewareHandler {
  return (c, next) => (c.req.path === '/api/docs' ? docsHeaders(c, next) : appHeaders(c, next));
}
