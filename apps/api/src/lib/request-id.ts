// Every request gets an id the server made (sent back as X-Request-Id, written to the audit log
// and the security log). A client's own id — a proxy's or a load balancer's, for tracing — is
// kept only when it is short and plain; anything else never reaches a log verbatim.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

export const requestId: MiddlewareHandler<AppEnv> = async (c, next) => {
  const given = c.req.header('x-request-id');
  const id = given && SAFE_ID.test(given) ? given : randomUUID();
  c.set('requestId', id);
  await next();
  c.res.headers.set('X-Request-Id', id);
};
