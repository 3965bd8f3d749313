// Session and CSRF tokens. The cookie holds 32 random bytes; the database holds only their
// sha256, so a leaked copy of the sessions table cannot be replayed. The CSRF token is derived
// from the session token (docs/decisions/007): nothing to store, it dies with the session, and
// knowing it reveals nothing about the cookie.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The primary key a session is stored under. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function csrfTokenOf(sessionToken: string): string {
  return createHash('sha256').update(`hamgen-csrf\0${sessionToken}`).digest('base64url');
}

/** Constant-time comparison of the X-CSRF-Token header with the session's token. */
export function csrfTokenMatches(sessionToken: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(csrfTokenOf(sessionToken));
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
