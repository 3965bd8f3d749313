import { describe, expect, it } from 'vitest';
import { FAILURE_WINDOW_MS, MAX_FAILURES } from '../../lib/auth/login-throttle.ts';
import { sessionIdOf } from '../../lib/auth/tokens.ts';
import { errorBody, whoAmI } from '../../test/api-client.ts';
import {
  createTestApi,
  createTestUser,
  login,
  send,
  TEST_ORIGIN,
  TEST_PASSWORD,
  testClock,
} from '../../test/test-db.ts';

const clock = testClock();
const api = createTestApi(undefined, { now: clock.now, config: { sessionIdleMinutes: 30, sessionMaxHours: 12 } });
const { app, db, scalar } = api;

const me = (cookie?: string) => whoAmI(app, cookie);
const lastAudit = () =>
  db.$client.prepare('SELECT * FROM audit_events ORDER BY id DESC LIMIT 1').get() as Record<string, unknown>;

describe('login, me, logout', () => {
  it('signs in, stores only the hash of the token, and sets a strict HttpOnly cookie', async () => {
    const user = await createTestUser(db, { role: 'editor', displayName: 'ویراستار' });
    const res = await send(app, 'POST', '/api/auth/login', {
      username: user.username.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^hamgen_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    // localhost over http: not Secure, or the browser would drop it.
    expect(setCookie).not.toMatch(/Secure/);
    const token = setCookie.slice('hamgen_session='.length, setCookie.indexOf(';'));
    expect(scalar('SELECT count(*) FROM sessions WHERE id = ?', sessionIdOf(token))).toBe(1);
    expect(scalar('SELECT count(*) FROM sessions WHERE id = ?', token)).toBe(0);
    const body = await me(`hamgen_session=${token}`);
    expect(body).toMatchObject({
      user: { username: user.username, role: 'editor' },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
  });

  it('marks the cookie Secure, with the __Host- prefix, when TLS is in front', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const tls = await app.request('https://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: user.username, password: TEST_PASSWORD }),
    });
    expect(tls.headers.get('set-cookie')).toMatch(/^__Host-hamgen_session=.*; Secure/);
  });

  it('answers me without a session with user null and no token', async () => {
    expect(await me()).toEqual({ user: null });
    expect(await me('hamgen_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toEqual({ user: null });
  });

  it('logout deletes the session server-side: the old cookie no longer works', async () => {
    const user = await createTestUser(db, { role: 'editor' });
    const session = await login(app, user.username);
    expect((await me(session.cookie)).user?.username).toBe(user.username);
    const sessionsBefore = scalar('SELECT count(*) FROM sessions WHERE user_id = ?', user.id);
    const res = await send(app, 'POST', '/api/auth/logout', undefined, session);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/hamgen_session=;.*Max-Age=0/);
    expect(scalar('SELECT count(*) FROM sessions WHERE user_id = ?', user.id)).toBe(sessionsBefore - 1);
    expect((await me(session.cookie)).user).toBeNull();
    const write = await send(app, 'POST', '/api/organizations', {}, session);
    expect(write.status).toBe(401);
  });

  it('logout without the CSRF token is refused and the session survives', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const session = await login(app, user.username);
    const res = await app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: session.cookie, origin: TEST_ORIGIN },
    });
    expect(res.status).toBe(403);
    expect((await me(session.cookie)).user?.username).toBe(user.username);
  });
});

describe('session expiry (injected clock)', () => {
  it('ends a session after 30 idle minutes, and slides while it is used', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const session = await login(app, user.username);
    for (let i = 0; i < 4; i++) {
      clock.advance(20 * 60_000);
      expect((await me(session.cookie)).user?.username, `after ${(i + 1) * 20} active minutes`).toBe(user.username);
    }
    clock.advance(30 * 60_000);
    expect((await me(session.cookie)).user).toBeNull();
    expect(scalar('SELECT count(*) FROM sessions WHERE user_id = ?', user.id)).toBe(0);
  });

  it('ends a session 12 hours after login however active it is', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const session = await login(app, user.username);
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      clock.advance(25 * 60_000);
      expect((await me(session.cookie)).user, `at ${minutes} minutes`).not.toBeNull();
    }
    clock.advance(25 * 60_000);
    expect((await me(session.cookie)).user).toBeNull();
  });

  it('removes sessions that ended on their own at the next login', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    await login(app, user.username);
    await login(app, user.username);
    expect(scalar('SELECT count(*) FROM sessions WHERE user_id = ?', user.id)).toBe(2);
    clock.advance(31 * 60_000);
    await login(app, user.username);
    expect(scalar('SELECT count(*) FROM sessions WHERE user_id = ?', user.id)).toBe(1);
  });
});

describe('login rate limit and audit', () => {
  const attempt = (username: string, password: string, ip?: string) =>
    app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(ip ? { 'x-forwarded-for': ip } : {}) },
      body: JSON.stringify({ username, password }),
    });

  it('records failures and successes in the audit log', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    expect((await attempt(user.username, 'wrong-password')).status).toBe(401);
    expect(lastAudit()).toMatchObject({
      action: 'login',
      entity: 'session',
      outcome: 'failure',
      username: user.username,
      user_id: user.id,
    });
    expect((await attempt('nobody-here', 'wrong-password')).status).toBe(401);
    expect(lastAudit()).toMatchObject({ action: 'login', outcome: 'failure', username: 'nobody-here', user_id: null });
    expect((await attempt(user.username, TEST_PASSWORD)).status).toBe(200);
    expect(lastAudit()).toMatchObject({
      action: 'login',
      outcome: 'success',
      username: user.username,
      user_id: user.id,
    });
  });

  it('answers 429 with Retry-After and a Persian message after 5 failures in 15 minutes', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    for (let i = 0; i < MAX_FAILURES; i++) {
      const res = await attempt(user.username, `wrong-${i}`);
      expect(res.status).toBe(401);
      expect((await errorBody(res)).error.message).toMatch(/نادرست/);
    }
    const blocked = await attempt(user.username, TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(FAILURE_WINDOW_MS / 1000);
    const body = await errorBody(blocked);
    expect(body.error.code).toBe('too_many_attempts');
    expect(body.error.message).toMatch(/دقیقه/);
    expect(lastAudit()).toMatchObject({ action: 'login', outcome: 'denied', username: user.username });
    // The count lives in the database: a brand-new app instance on the same file agrees.
    const other = createTestApi(db, { now: clock.now });
    const again = await other.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: user.username, password: TEST_PASSWORD }),
    });
    expect(again.status).toBe(429);
    clock.advance(FAILURE_WINDOW_MS + 1000);
    expect((await attempt(user.username, TEST_PASSWORD)).status).toBe(200);
  });

  it('counts per username and address: another address behind a trusted proxy is not blocked', async () => {
    const proxied = createTestApi(db, { now: clock.now, config: { trustProxy: true } });
    const user = await createTestUser(db, { role: 'viewer' });
    const tryAt = (ip: string, password: string) =>
      proxied.app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ username: user.username, password }),
      });
    for (let i = 0; i < MAX_FAILURES; i++) expect((await tryAt('10.0.0.1', 'nope-nope')).status).toBe(401);
    expect((await tryAt('10.0.0.1', TEST_PASSWORD)).status).toBe(429);
    expect((await tryAt('10.0.0.2', TEST_PASSWORD)).status).toBe(200);
    expect(lastAudit()).toMatchObject({ outcome: 'success', ip: '10.0.0.2' });
  });

  it('refuses a disabled account with the same message as a wrong password', async () => {
    const user = await createTestUser(db, { role: 'editor' });
    db.$client.prepare('UPDATE users SET disabled = 1 WHERE id = ?').run(user.id);
    const res = await attempt(user.username, TEST_PASSWORD);
    expect(res.status).toBe(401);
    expect(lastAudit()).toMatchObject({ outcome: 'failure', note: 'disabled' });
  });
});
