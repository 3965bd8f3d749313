import { describe, expect, it } from 'vitest';
import { createServerApp } from '../server-app.ts';
import { createTestApi, createTestDb, signIn } from '../test/test-db.ts';
import { readConfig } from './config.ts';
import { DATA_SECURITY_HEADERS, SECURITY_HEADERS } from './security-headers.ts';

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

  it('JSON answers carry the data set, everything else the document set (the strict CSP, nosniff)', async () => {
    const db = createTestDb({ seed: false });
    const app = createServerApp({
      db,
      config: { ...readConfig({}), databasePath: db.$client.name, webDist: '/nonexistent' },
    });
    const kinds: Record<string, 'data' | 'document'> = {
      '/api/stats/by-province?from=abc': 'data',
      '/api/nothing': 'data',
      '/api/health': 'data',
      '/api/docs': 'document',
      '/some/page': 'document',
      // A missing asset is a JSON 404.
      '/assets/missing.js': 'data',
    };
    for (const [path, kind] of Object.entries(kinds)) {
      const res = await app.request(path);
      const type = res.headers.get('content-type') ?? '';
      expect(type.startsWith('application/json'), `${path} is JSON`).toBe(kind === 'data');
      const expected = kind === 'data' ? DATA_SECURITY_HEADERS : SECURITY_HEADERS;
      for (const [name, value] of expected) expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      if (kind === 'data') {
        // Nothing at all may load or run under a JSON answer, and it names no document header.
        expect(csp, path).toBe("default-src 'none'; frame-ancestors 'none'");
        expect(res.headers.get('cross-origin-opener-policy'), path).toBeNull();
        expect(res.headers.get('referrer-policy'), path).toBeNull();
      } else {
        expect(csp, path).toContain("default-src 'self'");
        expect(csp, path).toContain("object-src 'none'");
        expect(csp, path).toContain("base-uri 'none'");
        expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
      }
    }
  });
});
