import { describe, expect, it } from 'vitest';
import { apiClient, errorBody } from '../../test/api-client.ts';
import { createTestApi } from '../../test/test-db.ts';

const { app } = createTestApi();

describe('GET /api/health and /api/provinces', () => {
  it('answers ok once the database answers', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('lists the 31 provinces', async () => {
    const res = await apiClient(app).api.provinces.$get();
    const body = await res.json();
    expect(body.rows).toHaveLength(31);
    expect(body.rows.find((p) => p.code === 'IR-23')?.nameFa).toBe('تهران');
  });

  it('answers unknown API paths with a Persian JSON 404 and security headers', async () => {
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    const body = await errorBody(res);
    expect(body.error.code).toBe('not_found');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
