// Every request gets an id the server made (sent back as X-Request-Id, written to the audit log
// and the security log). A client's own id — a proxy's or a load balancer's, for tracing — is
// kept only when it is short and plain; anything else never reaches a log verbatim.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

export const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

// The answer's X-Request-Id header is written by `responseHeaders`, the one pass over headers.
export const requestId: MiddlewareHandler<AppEnv> = (c, next) => {
  const given = c.req.header('x-request-id');
  c.set('requestId', given && SAFE_REQUEST_ID.test(given) ? given : randomUUID());
  return next();
};
