// The session cookie: HttpOnly (scripts never see the token), SameSite=Strict (no cross-site
// request carries it), Path=/, and over TLS Secure with the `__Host-` prefix (the browser then
// refuses it from any subdomain or plain-http page, so no neighbour can plant or shadow it).
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.ts';
import { needsSecureCookie } from '../request-info.ts';

export const SESSION_COOKIE = 'hamgen_session';

/** The cookie's name for this request: `__Host-` prefixed whenever it is Secure. */
const cookieName = (c: Context<AppEnv>) => (needsSecureCookie(c) ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE);

export function readSessionToken(c: Context<AppEnv>): string | undefined {
  const token = getCookie(c, cookieName(c));
  // 32 bytes in base64url are 43 characters; anything else cannot be ours.
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

export function setSessionCookie(c: Context<AppEnv>, token: string, maxAgeSeconds: number): void {
  setCookie(c, cookieName(c), token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: needsSecureCookie(c),
    maxAge: Math.floor(maxAgeSeconds),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, cookieName(c), { httpOnly: true, sameSite: 'Strict', path: '/', secure: needsSecureCookie(c) });
}
