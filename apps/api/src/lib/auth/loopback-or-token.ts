// The rule of GET /metrics: Prometheus on this machine scrapes without credentials; from
// anywhere else it needs `Authorization: Bearer <HAMGEN_METRICS_TOKEN>`. The client address is
// the socket's, or the proxy's X-Forwarded-For only when HAMGEN_TRUST_PROXY=true.
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { clientIp } from '../request-info.ts';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

function tokenMatches(expected: string, header: string | undefined): boolean {
  const given = Buffer.from(/^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '');
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export function loopbackOrToken(c: Context<AppEnv>): boolean {
  const token = c.get('config').metricsToken;
  if (token && tokenMatches(token, c.req.header('authorization'))) return true;
  return LOOPBACK.test(clientIp(c) ?? '');
}
