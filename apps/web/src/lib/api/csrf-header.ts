// The one place writes get their CSRF header. The session itself is an HttpOnly cookie the browser
// sends; the token from /api/auth/me (see auth-queries.ts) must ride along on every write.

/** The typed client's options for a write: the CSRF header (the browser adds Origin itself). */
export function writeInit(csrfToken: string | null) {
  return { headers: { 'X-CSRF-Token': csrfToken ?? '' } };
}
