// Headers that depend on the request rather than the route: HSTS only when the page really came
// over TLS (on plain http it would be ignored, and behind a proxy only a trusted X-Forwarded-Proto
// says so), and `no-store` on every API answer given to a signed-in user, so a shared computer's
// browser cache never keeps what an editor saw.
import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import { requestProtocol } from './request-info.ts';

const ONE_YEAR = 31_536_000;
export const HSTS: [string, string] = ['Strict-Transport-Security', `max-age=${ONE_YEAR}; includeSubDomains`];
const NO_STORE: [string, string] = ['Cache-Control', 'no-store'];

/** The request-dependent headers of this answer (usually none), read once the handler has run. */
export function transportHeaders(c: Context<AppEnv>): [string, string][] {
  const headers: [string, string][] = [];
  if (requestProtocol(c) === 'https') headers.push(HSTS);
  if (c.get('auth') && c.req.path.startsWith('/api/')) headers.push(NO_STORE);
  return headers;
}
