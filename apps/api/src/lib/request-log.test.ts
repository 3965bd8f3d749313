import { describe, expect, it } from 'vitest';
import { createTestApi, signIn } from '../test/test-db.ts';
import { createLogger } from './logger.ts';
import { UNMATCHED } from './request-log.ts';

function capturingApi() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ write: (line: string) => lines.push(JSON.parse(line)) }, 'info');
  const api = createTestApi(undefined, { logger });
  return { ...api, lines };
}

describe('the request log', () => {
  const api = capturingApi();
  const { app, lines } = api;
  // A route that fails the way a bug would, to see what the log and the answer say.
  app.get('/api/test-boom', () => {
    throw new Error('kaboom in a handler');
  });

  it('writes one JSON line per request with the route pattern, never the query', async () => {
    lines.length = 0;
    const res = await app.request('/api/organizations/1?q=secret-search-term', { headers: { 'x-request-id': 'r-1' } });
    expect(res.status).toBe(200);
    expect(lines).toHaveLength(1);
    const line = lines[0];
    expect(line).toMatchObject({
      level: 'info',
      reqId: 'r-1',
      method: 'GET',
      route: '/api/organizations/:id',
      status: 200,
      userId: null,
      msg: 'request',
    });
    expect(typeof line?.time).toBe('string');
    expect(typeof line?.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('secret-search-term');
  });

  it('names the signed-in user and the code of a refusal', async () => {
    const viewer = await signIn(api, 'viewer');
    lines.length = 0;
    const res = await app.request('/api/users', { headers: { cookie: viewer.cookie } });
    expect(res.status).toBe(403);
    expect(lines[0]).toMatchObject({ route: '/api/users', status: 403, userId: viewer.user.id, error: 'forbidden' });
  });

  it('puts the stack of a 500 in the log with the request id, and not in the answer', async () => {
    lines.length = 0;
    const res = await app.request('/api/test-boom', { headers: { 'x-request-id': 'r-boom' } });
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toContain('kaboom');
    expect(body).not.toContain('request-log.test');
    expect(lines[0]).toMatchObject({ level: 'error', reqId: 'r-boom', status: 500, route: '/api/test-boom' });
    const err = lines[0]?.err as { message: string; stack: string };
    expect(err.message).toBe('kaboom in a handler');
    expect(err.stack).toContain('request-log.test.ts');
  });

  it('counts paths no route knows under one label', async () => {
    lines.length = 0;
    await app.request('/api/no-such/thing?x=1', { method: 'DELETE' });
    expect(lines[0]).toMatchObject({ route: UNMATCHED, method: 'DELETE' });
  });
});
