// Answers only requests for our own Host: the public origin's (HAMGEN_PUBLIC_ORIGIN) and
// loopback, which local health checks and a proxy that does not pass the Host on use. Any other
// Host — a DNS-rebinding page, a scanner, a misrouted proxy — gets 421 before anything runs.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';
import type { Config } from './config.ts';
import { errorJson } from './errors.ts';
import { isLoopbackHost, requestHost } from './request-info.ts';
import { logSecurityEvent } from './security-log.ts';

/** Loopback, or the public origin's host (an origin is scheme://host[:port], lower-case). */
export function servesHost(config: Config, host: string): boolean {
  const publicOrigin = config.publicOrigin;
  return isLoopbackHost(host) || publicOrigin?.slice(publicOrigin.indexOf('//') + 2) === host;
}

export const hostGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const host = requestHost(c);
  if (servesHost(c.get('config'), host)) return next();
  logSecurityEvent(c, { event: 'wrong_host', host: host.slice(0, 200) });
  return errorJson(
    c,
    421,
    'misdirected_request',
    'این سرور به این نشانی (Host) پاسخ نمی‌دهد؛ نشانی درست سامانه را باز کنید',
  );
};
