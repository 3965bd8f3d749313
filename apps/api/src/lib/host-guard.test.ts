// One public origin (HAMGEN_PUBLIC_ORIGIN): other Hosts get 421 before anything runs, and the
// origin — not the client's Host — decides the Secure flag, the `__Host-` prefix, the Origin
// check and HSTS. Unset, only loopback Hosts are answered.
import { hc } from 'hono/client';
import { describe, expect, it } from 'vitest';
import { errorBody } from '../test/api-client.ts';
import { createTestApi, createTestUser, TEST_PASSWORD, type TestApp } from '../test/test-db.ts';

const PUBLIC = 'https://hamgen.example.ir';
const open = createTestApi();
const fixed = createTestApi(open.db, { config: { publicOrigin: PUBLIC, trustProxy: true } });

const loginAt = async (app: typeof open.app, url: string, headers: Record<string, string> = {}) => {
  const user = await createTestUser(open.db, { role: 'viewer' });
  return app.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username: user.username, password: TEST_PASSWORD }),
  });
};

describe('the host guard', () => {
  it('answers another Host with a Persian 421 when the public origin is set', async () => {
    for (const host of ['anything.example', 'hamgen.example.ir.evil.example', 'hamgen.example.ir:8443']) {
      const res = await fixed.app.request('/api/health', { headers: { host } });
      expect(res.status, host).toBe(421);
      const body = await errorBody(res);
      expect(body.error.code).toBe('misdirected_request');
      expect(body.error.message).toMatch(/[\u0600-\u06FF]/);
    }
    expect((await fixed.app.request('/api/health', { headers: { host: 'hamgen.example.ir' } })).status).toBe(200);
    expect((await fixed.app.request('/api/health', { headers: { host: 'HAMGEN.example.ir' } })).status).toBe(200);
    // A forged X-Forwarded-Host is still a Host that is not ours.
    const forged = await fixed.app.request('/api/health', {
      headers: { host: 'hamgen.example.ir', 'x-forwarded-host': 'anything.example' },
    });
    expect(forged.status).toBe(421);
  });

  it('answers only loopback Hosts when no public origin is set', async () => {
    for (const host of ['localhost:3000', '127.0.0.1', '127.8.9.10:80', '[::1]:3000']) {
      expect((await open.app.request('/api/health', { headers: { host } })).status, host).toBe(200);
    }
    for (const host of ['anything.example', '10.0.0.5:3000', 'localhost.evil.example', '127.0.0.1.evil.example']) {
      expect((await open.app.request('/api/health', { headers: { host } })).status, host).toBe(421);
    }
  });
});

describe('the public origin decides', () => {
  it('the Secure flag and the __Host- prefix, whatever Host the proxy passes on', async () => {
    // A default proxy sends Host 127.0.0.1:3000: the cookie must still be Secure.
    const res = await loginAt(fixed.app, 'http://127.0.0.1:3000/api/auth/login');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-hamgen_session=[A-Za-z0-9_-]{43}; .*Secure/);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    // The typed client, at the address the proxy forwards to rather than testClient's localhost.
    const proxied = hc<TestApp>('http://127.0.0.1:3000', { fetch: fixed.app.request });
    const me = (cookie: string) => proxied.api.auth.me.$get({}, { headers: { cookie } });
    expect((await (await me(cookie)).json()).user).not.toBeNull();
    // The unprefixed name is not read over TLS, so a cookie planted without Secure is ignored.
    const planted = cookie.replace('__Host-', '');
    expect((await (await me(planted)).json()).user).toBeNull();
  });

  it('the Origin a form post must carry', async () => {
    const form = () => {
      const body = new FormData();
      body.set('file', new File(['x'], 'x.csv'));
      return body;
    };
    const post = (origin: string) =>
      fixed.app.request('http://127.0.0.1:3000/api/import/organizations', {
        method: 'POST',
        headers: { origin },
        body: form(),
      });
    expect((await post('http://127.0.0.1:3000')).status).toBe(403);
    // Our own origin passes the Origin check and meets the access guard instead.
    expect((await post(PUBLIC)).status).toBe(401);
  });

  it('keeps plain http cookies on loopback without a public origin', async () => {
    const res = await loginAt(open.app, 'http://localhost/api/auth/login');
    expect(res.headers.get('set-cookie')).toMatch(/^hamgen_session=/);
    expect(res.headers.get('set-cookie')).not.toMatch(/Secure/);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});
