// Search and exports per address and minute, and exports per process: 429 with Retry-After.
import { describe, expect, it } from 'vitest';
import { errorBody } from '../test/api-client.ts';
import { createTestApi, testClock } from '../test/test-db.ts';

const clock = testClock();
const api = createTestApi(undefined, {
  now: clock.now,
  config: { trustProxy: true, expensivePerMinute: 5, exportConcurrency: 1 },
});
const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });

describe('the per-address limit on search and exports', () => {
  it('answers 429 with Retry-After and a Persian message past the limit, per address', async () => {
    for (let i = 0; i < 3; i++)
      expect((await api.app.request('/api/search?q=فولاد', from('10.2.0.1'))).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      expect((await api.app.request('/api/export/by-province.csv', from('10.2.0.1'))).status).toBe(200);
    }
    const refused = await api.app.request('/api/search?q=فولاد', from('10.2.0.1'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    const body = await errorBody(refused);
    expect(body.error).toMatchObject({ code: 'rate_limited' });
    expect(body.error.message).toMatch(/[\u0600-\u06FF]/);
    expect((await api.app.request('/api/export/by-province.csv', from('10.2.0.1'))).status).toBe(429);
    // Another address, and the stats endpoints, are not affected.
    expect((await api.app.request('/api/search?q=فولاد', from('10.2.0.2'))).status).toBe(200);
    expect((await api.app.request('/api/stats/by-province', from('10.2.0.1'))).status).toBe(200);
    clock.advance(60_000);
    expect((await api.app.request('/api/search?q=فولاد', from('10.2.0.1'))).status).toBe(200);
  });

  it('is off with HAMGEN_EXPENSIVE_PER_MINUTE=0', async () => {
    const open = createTestApi(api.db, { config: { trustProxy: true, expensivePerMinute: 0 } });
    for (let i = 0; i < 20; i++) {
      expect((await open.app.request('/api/search?q=فولاد', from('10.2.0.3'))).status).toBe(200);
    }
  });
});

describe('the export concurrency cap', () => {
  it('builds one export at a time here, lets one wait and refuses the others with 429', async () => {
    const answers = await Promise.all(
      ['10.3.0.1', '10.3.0.2', '10.3.0.3', '10.3.0.5'].map((ip) =>
        api.app.request('/api/export/organizations.xlsx', from(ip)),
      ),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 429, 429]);
    const busy = answers.filter((r) => r.status === 429);
    for (const res of busy) expect((await errorBody(res)).error.code).toBe('export_busy');
    expect((await api.app.request('/api/export/organizations.xlsx', from('10.3.0.4'))).status).toBe(200);
  });
});
