// The role matrix: every write route the app registers × anonymous, viewer, editor, admin. The
// expectations (test/access-calls.ts) are this test's own statement of the rules, not read from
// POLICY, and the route list is read from the app itself, so a new write route fails here until
// it has both a rule in POLICY and a line in test/access-calls.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Call, type Rule, routeCalls, type Who } from '../../test/access-calls.ts';
import { errorBody } from '../../test/api-client.ts';
import {
  createTestApi,
  createTestUser,
  login,
  send,
  signIn,
  TEST_ORIGIN,
  type TestSession,
} from '../../test/test-db.ts';

const api = createTestApi();
const { app, db, scalar } = api;

const WHO: Who[] = ['anonymous', 'viewer', 'editor', 'admin'];
const sessions = {} as Record<Who, TestSession | null>;
let loginUser = '';
const EXPECTED = routeCalls(api, () => loginUser);

function expectedStatus(rule: Rule, who: Who): 'ok' | 401 | 403 {
  if (rule === 'public') return 'ok';
  if (who === 'anonymous') return 401;
  if (rule === 'admin' || rule === 'self-or-admin') return who === 'admin' ? 'ok' : 403;
  return who === 'viewer' ? 403 : 'ok';
}

async function perform(call: Call, session: TestSession | null) {
  if (call.form) {
    return app.request(call.path, {
      method: call.method,
      body: call.form,
      headers: { origin: TEST_ORIGIN, ...session?.headers },
    });
  }
  return send(app, call.method, call.path, call.body, session);
}

beforeAll(async () => {
  sessions.anonymous = null;
  for (const role of ['viewer', 'editor', 'admin'] as const) sessions[role] = await signIn(api, role);
  loginUser = (await createTestUser(db, { role: 'viewer' })).username;
});

describe('the role matrix covers every route the app registers', () => {
  const registered = [...new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))];

  it('has an expectation for every write route (a new one fails here until it has a rule)', () => {
    const writes = registered.filter((key) => !key.startsWith('GET '));
    expect(writes.length).toBeGreaterThanOrEqual(15);
    expect(writes.filter((key) => !(key in EXPECTED))).toEqual([]);
  });

  it('expects nothing of routes that do not exist', () => {
    expect(Object.keys(EXPECTED).filter((key) => !registered.includes(key))).toEqual([]);
  });

  for (const [key, { rule, call }] of Object.entries(EXPECTED)) {
    it.each(WHO)(`${key} as %s`, async (who) => {
      const c = await call(who);
      const res = await perform(c, c.session !== undefined ? c.session : sessions[who]);
      const expected = expectedStatus(rule, who);
      const detail = `${key} as ${who}: ${res.status} ${res.status >= 300 ? await res.clone().text() : ''}`;
      if (expected === 'ok') expect(res.status, detail).toBeGreaterThanOrEqual(200);
      if (expected === 'ok') expect(res.status, detail).toBeLessThan(300);
      else expect(res.status, detail).toBe(expected);
    });
  }
});

describe('deny by default', () => {
  it('refuses a write route that has no rule, even to an admin, without running it', async () => {
    const fresh = createTestApi(db);
    let ran = false;
    fresh.app.post('/api/organizations/:id/merge', (c) => {
      ran = true;
      return c.json({ merged: true });
    });
    const admin = await login(fresh.app, (await createTestUser(db, { role: 'admin' })).username);
    const res = await send(fresh.app, 'POST', '/api/organizations/1/merge', {}, admin);
    expect(res.status).toBe(403);
    expect((await errorBody(res)).error.message).toMatch(/مجاز نیست/);
    expect(ran).toBe(false);
  });

  it('offers no way to change or delete audit rows', async () => {
    const before = scalar('SELECT count(*) FROM audit_events');
    const max = scalar('SELECT max(id) FROM audit_events');
    for (const [method, path] of [
      ['PATCH', '/api/audit'],
      ['DELETE', '/api/audit'],
      ['PATCH', `/api/audit/${max}`],
      ['DELETE', `/api/audit/${max}`],
      ['PUT', `/api/audit/${max}`],
      ['POST', '/api/audit'],
    ] as const) {
      const res = await send(app, method, path, { outcome: 'success' }, sessions.admin);
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    expect(scalar('SELECT count(*) FROM audit_events')).toBe(before);
  });
});

describe('HAMGEN_PUBLIC_READ=false', () => {
  const closed = createTestApi(db, { config: { publicRead: false } });

  it('requires a session to read, except health and auth', async () => {
    expect((await closed.app.request('/api/stats/by-province')).status).toBe(401);
    expect((await closed.app.request('/api/organizations')).status).toBe(401);
    expect((await closed.app.request('/api/health')).status).toBe(200);
    expect((await closed.app.request('/api/auth/me')).status).toBe(200);
    const viewer = await signIn(closed, 'viewer');
    const res = await closed.app.request('/api/stats/by-province', { headers: { cookie: viewer.cookie } });
    expect(res.status).toBe(200);
  });

  it('reading stays public by default', async () => {
    expect((await app.request('/api/stats/by-province')).status).toBe(200);
  });
});
