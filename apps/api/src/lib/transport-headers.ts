// Headers that depend on the request rather than the route: HSTS only when the page really came
// over TLS (on plain http it would be ignored, and behind a proxy only a trusted X-Forwarded-Proto
// says so), and `no-store` on every API answer given to a signed-in user, so a shared computer's
// browser cache never keeps what an editor saw.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';
import { requestProtocol } from './request-info.ts';

const ONE_YEAR = 31_536_000;

export const transportHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (requestProtocol(c) === 'https') {
    c.res.headers.set('Strict-Transport-Security', `max-age=${ONE_YEAR}; includeSubDomains`);
  }
  if (c.var.auth && c.req.path.startsWith('/api/')) c.res.headers.set('Cache-Control', 'no-store');
};
