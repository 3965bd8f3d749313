// Facts about the request that depend on where the server stands: the client's address, whether
// the browser reached us over TLS, and the origin it believes it is talking to. Behind a reverse
// proxy (HAMGEN_TRUST_PROXY=true) the proxy's X-Forwarded-* headers are believed; otherwise a
// client could forge them, so they are ignored.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

function forwarded(c: Context<AppEnv>, name: string): string | undefined {
  if (!c.get('config').trustProxy) return undefined;
  // The proxy appends its own view last; anything before it came from the client.
  return c.req.header(name)?.split(',').at(-1)?.trim() || undefined;
}

export function clientIp(c: Context<AppEnv>): string | null {
  const viaProxy = forwarded(c, 'x-forwarded-for');
  if (viaProxy) return viaProxy;
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // In-process requests (tests, app.request) have no socket.
    return null;
  }
}

export function requestProtocol(c: Context<AppEnv>): 'http' | 'https' {
  const viaProxy = forwarded(c, 'x-forwarded-proto');
  // The URL's scheme without parsing it: this runs on every answer.
  if (viaProxy === undefined) return c.req.url.startsWith('https:') ? 'https' : 'http';
  return viaProxy === 'https' ? 'https' : 'http';
}

/** The origin the browser used: what a same-origin `Origin` header must equal. */
export function requestOrigin(c: Context<AppEnv>): string {
  const host = forwarded(c, 'x-forwarded-host') ?? new URL(c.req.url).host;
  return `${requestProtocol(c)}://${host}`;
}

/** Cookies are `Secure` over TLS and whenever the browser is not on this very machine. */
export function needsSecureCookie(c: Context<AppEnv>): boolean {
  const hostname = new URL(requestOrigin(c)).hostname;
  return requestProtocol(c) === 'https' || !LOCAL_HOSTS.has(hostname);
}
