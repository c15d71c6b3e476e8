import type { ReportParser, Store } from '@nianbao/db';
import type { MiddlewareHandler } from 'hono';
import { type ParsePool, sharedParsePool } from './parse-pool.ts';
import { rateLimits } from './rate-limit.ts';
import { RateLimiter } from './rate-limiter.ts';
import { requestLimits } from './request-limits.ts';
import { markRequest } from './request-trust.ts';
import { roleGate } from './role-gate.ts';
import { securityHeaders } from './secure-headers.ts';
import { resolveSecurity, type SecurityInput, type SecurityOptions } from './security-options.ts';

/** Everything createApp wires in for security, built once per app. */
export interface SecurityLayer {
  store: Store;
  options: SecurityOptions;
  /** App-wide middleware, in order: headers, request trust, rate limits, role gate, body limits. */
  middleware: MiddlewareHandler[];
  /** Logins and failed authentications per client address. */
  auth: RateLimiter;
  /** Parses an upload in a worker thread within `parseTimeoutMs`. */
  parseReport: ReportParser;
}

/** Builds the security layer of an app from its options (defaults in DEFAULT_SECURITY). */
export function securityLayer(store: Store, input: SecurityInput = {}): SecurityLayer {
  const options = resolveSecurity(input);
  const clock = input.now === undefined ? {} : { now: input.now };
  const writes = new RateLimiter({ perMinute: options.writesPerMinute, ...clock });
  const auth = new RateLimiter({ perMinute: options.loginsPerMinute, ...clock });
  const pool: ParsePool = input.parsePool ?? sharedParsePool(options.parseWorkers);
  return {
    store,
    options,
    auth,
    parseReport: (bytes, fileName) => pool.parse(bytes, fileName, options.parseTimeoutMs),
    middleware: [
      securityHeaders(),
      async (c, next) => {
        markRequest(c, options.trustProxy);
        await next();
      },
      rateLimits({ writes, auth, trustProxy: options.trustProxy }),
      roleGate(store),
      requestLimits(options),
    ],
  };
}
