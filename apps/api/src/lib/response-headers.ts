// One pass over every answer's headers after the handler: the fixed security headers and the
// request-dependent ones. Two middlewares each touching `c.res.headers` cost two walks of the
// header list per request; this is the only code that edits an answer after `next()`.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { transportHeaders } from './transport-headers.ts';

export const responseHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const headers = c.res.headers;
  for (const [name, value] of SECURITY_HEADERS) headers.set(name, value);
  for (const [name, value] of transportHeaders(c)) headers.set(name, value);
  headers.set('X-Request-Id', c.get('requestId'));
};
