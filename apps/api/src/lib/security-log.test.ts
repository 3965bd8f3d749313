// Refused authorizations and CSRF failures leave one log event each, carrying the server's
// request id; a client's X-Request-Id is kept only when it is short and plain.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi, createTestUser, login, send, signIn } from '../test/test-db.ts';
import { SERVER_REQUEST_ID } from './request-id.ts';
import { setSecurityLogSink } from './security-log.ts';

const lines: Record<string, unknown>[] = [];
const previous = setSecurityLogSink((event) => lines.push(event));
afterAll(() => setSecurityLogSink(previous));

const api = createTestApi();
const { app, db, scalar } = api;

describe('the security log', () => {
  it('logs a 401, a 403 of the role, a CSRF failure and a cross-origin post', async () => {
    lines.length = 0;
    expect((await send(app, 'POST', '/api/organizations', {})).status).toBe(401);
    const viewer = await signIn(api, 'viewer');
    expect((await send(app, 'POST', '/api/organizations', {}, viewer)).status).toBe(403);
    const editor = await signIn(api, 'editor');
    const noToken = { ...editor, headers: { ...editor.headers, 'x-csrf-token': 'forged' } };
    expect((await send(app, 'POST', '/api/organizations', {}, noToken)).status).toBe(403);
    const cross = await app.request('/api/organizations', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=b',
    });
    expect(cross.status).toBe(403);
    expect(lines.map((l) => [l.event, l.status, l.code])).toEqual([
      ['refused', 401, 'unauthorized'],
      ['refused', 403, 'forbidden'],
      ['refused', 403, 'csrf_token_invalid'],
      ['refused', 403, 'cross_origin'],
    ]);
    expect(lines[1]).toMatchObject({ method: 'POST', path: '/api/organizations', userId: viewer.user.id });
    for (const line of lines) expect(line.reqId).toMatch(SERVER_REQUEST_ID);
  });

  it('logs failed and throttled sign-ins', async () => {
    lines.length = 0;
    const user = await createTestUser(db, { role: 'viewer' });
    for (let i = 0; i < 6; i++) await send(app, 'POST', '/api/auth/login', { username: user.username, password: 'x' });
    expect(lines.map((l) => l.event)).toEqual([...Array(5).fill('login_failed'), 'login_throttled']);
  });
});

describe('the request id', () => {
  it('is made by the server, unless the client sent a short plain one', async () => {
    const made = await app.request('/api/health');
    expect(made.headers.get('x-request-id')).toMatch(SERVER_REQUEST_ID);
    const kept = await app.request('/api/health', { headers: { 'x-request-id': 'proxy-42.a_b' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-42.a_b');
    for (const forged of ['a b', 'x'.repeat(65), '<script>', 'a%0d%0ab', "1'; DROP"]) {
      const res = await app.request('/api/health', { headers: { 'x-request-id': forged } });
      expect(res.headers.get('x-request-id'), forged).toMatch(SERVER_REQUEST_ID);
    }
  });

  it('reaches the audit log only in the safe form', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'evil {"forged":"line"}' },
      body: JSON.stringify({ username: user.username, password: 'wrong' }),
    });
    const stored = db.$client.prepare('SELECT request_id FROM audit_events ORDER BY id DESC LIMIT 1').pluck().get();
    expect(stored).toMatch(SERVER_REQUEST_ID);
    expect(scalar("SELECT count(*) FROM audit_events WHERE request_id LIKE 'evil%'")).toBe(0);
    await login(app, user.username);
  });
});
