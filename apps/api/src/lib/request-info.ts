// Facts about the request that depend on where the server stands: the client's address, whether
// the browser reached us over TLS, and the origin it believes it is talking to. With
// HAMGEN_PUBLIC_ORIGIN set, that origin is the answer whatever Host a client sends (the host
// guard has refused other Hosts already). Behind a reverse proxy (HAMGEN_TRUST_PROXY=true) the
// proxy's X-Forwarded-* headers are believed; otherwise a client could forge them.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import type { Config } from './config.ts';

/**
 * A forwarded header's value when the proxy is trusted: the proxy appends its own view last,
 * anything before it came from the client. Plain so the answer door (answer-door.ts) reads it too.
 */
export function trustedForwarded(config: Config, value: string | undefined): string | undefined {
  if (!config.trustProxy) return undefined;
  return value?.split(',').at(-1)?.trim() || undefined;
}

const forwarded = (c: Context<AppEnv>, name: string) => trustedForwarded(c.get('config'), c.req.header(name));

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
  // The URL's scheme without parsing it: this runs on every answer.
  return protocolOf(c.get('config'), c.req.header('x-forwarded-proto'), c.req.url.startsWith('https:'));
}

/** The protocol rule of `requestProtocol` on plain values (the answer door has no context). */
export function protocolOf(config: Config, forwardedProto: string | undefined, overTls: boolean): 'http' | 'https' {
  const fixed = config.publicOrigin;
  if (fixed) return fixed.startsWith('https:') ? 'https' : 'http';
  const viaProxy = trustedForwarded(config, forwardedProto);
  if (viaProxy === undefined) return overTls ? 'https' : 'http';
  return viaProxy === 'https' ? 'https' : 'http';
}

/** The origin the browser used: what a same-origin `Origin` header must equal. */
export function requestOrigin(c: Context<AppEnv>): string {
  return c.get('config').publicOrigin ?? `${requestProtocol(c)}://${requestHost(c)}`;
}

/** The Host the client asked for (the proxy's X-Forwarded-Host when it is trusted). */
export function requestHost(c: Context<AppEnv>): string {
  return (forwarded(c, 'x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
}

/** localhost, 127.0.0.0/8 or [::1], with or without a port. */
export function isLoopbackHost(host: string): boolean {
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * Cookies are `Secure` (and `__Host-` prefixed) over TLS. Without a public origin only loopback
 * Hosts are served, where plain http is the browser's own machine.
 */
export function needsSecureCookie(c: Context<AppEnv>): boolean {
  return requestProtocol(c) === 'https';
}
