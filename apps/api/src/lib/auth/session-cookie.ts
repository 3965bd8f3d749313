// The session cookie: HttpOnly (scripts never see the token), SameSite=Strict (no cross-site
// request carries it), Path=/, and Secure whenever the browser is not on this machine or TLS is
// in front of us.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.ts';
import { needsSecureCookie } from '../request-info.ts';

export const SESSION_COOKIE = 'hamgen_session';

export function readSessionToken(c: Context<AppEnv>): string | undefined {
  const token = getCookie(c, SESSION_COOKIE);
  // 32 bytes in base64url are 43 characters; anything else cannot be ours.
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

export function setSessionCookie(c: Context<AppEnv>, token: string, maxAgeSeconds: number): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: needsSecureCookie(c),
    maxAge: Math.floor(maxAgeSeconds),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Strict', path: '/', secure: needsSecureCookie(c) });
}
