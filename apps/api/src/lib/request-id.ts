// Every request gets an id the server made (sent back as X-Request-Id, written to the access
// log, the audit log and the security log). A client's own id — a proxy's or a load balancer's,
// for tracing — is kept only when it is short and plain; anything else never reaches a log
// verbatim. Every id therefore matches SAFE_REQUEST_ID, so it goes into a JSON line unescaped.
import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

export const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * This process's ids: 48 random bits chosen at start, then a counter (`Xq3f9aZk-1`, `Xq3f9aZk-2`,
 * …). Unique within the process, and across restarts and instances but for a 2⁻⁴⁸ chance; a
 * random UUID per request cost a cached answer a measurable share, and an id needs to be unique,
 * not secret (it is sent to the client and written to logs).
 */
const BOOT = randomBytes(6).toString('base64url');
let sequence = 0;

/** The shape of an id this server made. */
export const SERVER_REQUEST_ID = /^[A-Za-z0-9_-]{8}-[0-9a-z]+$/;

export function newRequestId(): string {
  sequence += 1;
  return `${BOOT}-${sequence.toString(36)}`;
}

/** The client's X-Request-Id when it is safe to keep, else a new one. */
export function requestIdOf(given: string | undefined): string {
  return given && SAFE_REQUEST_ID.test(given) ? given : newRequestId();
}

// The answer's X-Request-Id header is written by `responseHeaders`, the one pass over headers.
export const requestId: MiddlewareHandler<AppEnv> = (c, next) => {
  c.set('requestId', requestIdOf(c.req.header('x-request-id')));
  return next();
};
