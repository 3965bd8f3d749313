// The API's own route types in tests. testClient (hono/testing) is typed from AppType, the chain
// the web app's client reads, so a test names a route and gets its answer's type instead of
// writing the shape by hand. It calls app.request: real routing and middleware, no node server.
// Tests about HTTP itself (Host, raw headers, forms built by hand) keep app.request, and those
// about the wire (test/process/) keep the real server.
import { testClient } from 'hono/testing';
import type { ErrorBody } from '../lib/errors.ts';
import { TEST_ORIGIN, type TestApp, type TestSession } from './test-db.ts';

/** The typed client, anonymous or as the session (cookie, CSRF token and Origin, as the SPA sends). */
export function apiClient(app: TestApp, session?: TestSession | null) {
  return testClient(app, undefined, undefined, { headers: { origin: TEST_ORIGIN, ...session?.headers } });
}

/**
 * The body of a refused request, in the API's one error shape (lib/errors.ts). Route types list
 * only the answers a handler returns; errors are thrown, so their type is named here once.
 */
export async function errorBody(res: { json(): Promise<unknown> }): Promise<ErrorBody> {
  return (await res.json()) as ErrorBody;
}

/** GET /api/auth/me with the cookie (or none): the user and the session's CSRF token. */
export async function whoAmI(app: TestApp, cookie?: string) {
  return (await apiClient(app).api.auth.me.$get({}, { headers: cookie ? { cookie } : {} })).json();
}

/** Who the server says the cookie belongs to; null once signed out. */
export async function currentUser(app: TestApp, cookie: string) {
  return (await whoAmI(app, cookie)).user;
}

/**
 * A query string as the typed client's query object: the API reads every query value as text,
 * so a test can keep writing `page=2&pageSize=10`, refused values included.
 */
export const queryOf = (query: string) => Object.fromEntries(new URLSearchParams(query));
