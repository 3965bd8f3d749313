import { describe, expect, it } from 'vitest';
import { createServerApp } from '../server-app.ts';
import { createTestApi, createTestDb, signIn } from '../test/test-db.ts';
import { readConfig } from './config.ts';

const api = createTestApi();

describe('security headers on every kind of answer', () => {
  it('a signed-in API answer is no-store, an anonymous public one is not', async () => {
    const editor = await signIn(api, 'editor');
    const signed = await api.app.request('/api/stats/by-province', { headers: editor.headers });
    expect(signed.headers.get('cache-control')).toBe('no-store');
    const anonymous = await api.app.request('/api/stats/by-province');
    expect(anonymous.headers.get('cache-control')).toBeNull();
  });

  it('sends HSTS only over TLS', async () => {
    const tls = await api.app.request('https://localhost/api/health');
    expect(tls.headers.get('strict-transport-security')).toContain('max-age=31536000');
    const plain = await api.app.request('http://127.0.0.1/api/health');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  it('JSON errors, the SPA page and 404s all carry the CSP and nosniff', async () => {
    const db = createTestDb({ seed: false });
    const app = createServerApp({
      db,
      config: { ...readConfig({}), databasePath: db.$client.name, webDist: '/nonexistent' },
    });
    for (const path of ['/api/stats/by-province?from=abc', '/api/nothing', '/some/page', '/assets/missing.js']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).toContain("base-uri 'none'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
    }
  });
});
