// The compiled server as an operator sees it: /metrics passes Prometheus' own checker
// (`promtool check metrics`, Debian's prometheus package) and is refused to a client on another
// machine without the token; every request leaves one JSON line in its log.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody } from '../api-client.ts';
import { type ServerProcess, startServer } from './server-process.ts';

const PROMTOOL = '/usr/bin/promtool';
const TOKEN = 'metrics-token-for-the-test-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'hamgen-observe-'));
let server: ServerProcess;

beforeAll(async () => {
  // The proxy setting makes X-Forwarded-For the client address: a request "from" 203.0.113.9
  // through a real socket, as nginx on another machine would pass it on.
  server = await startServer(join(dir, 'observe.db'), { HAMGEN_TRUST_PROXY: 'true', HAMGEN_METRICS_TOKEN: TOKEN });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const remote = { 'x-forwarded-for': '203.0.113.9' };

describe('/metrics of the compiled server', () => {
  it('counts requests by route pattern and passes promtool check metrics', async () => {
    await fetch(`${server.url}/api/stats/overview?from=1399&to=1399`);
    await fetch(`${server.url}/api/stats/overview?from=1399&to=1399`);
    await fetch(`${server.url}/api/organizations/999999`);
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/hamgen_http_requests_total\{method="GET",route="\/api\/stats\/overview",status="200"\} 2/);
    expect(text).toMatch(/hamgen_http_requests_total\{method="GET",route="\/api\/organizations\/:id",status="404"\} 1/);
    expect(text).not.toContain('from=1399');
    expect(text).toMatch(/hamgen_cache_lookups_total\{result="hit"\} [1-9]/);
    expect(text).toMatch(/hamgen_sqlite_file_bytes\{file="db"\} [1-9]/);
    for (const name of [
      'hamgen_http_request_duration_seconds_bucket',
      'hamgen_http_requests_in_flight',
      'hamgen_backup_last_success_timestamp_seconds',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
      'process_resident_memory_bytes',
    ]) {
      expect(text).toContain(name);
    }
    if (!existsSync(PROMTOOL)) {
      console.warn(`${PROMTOOL} is missing (apt-get install prometheus): format not checked`);
      return;
    }
    const check = spawnSync(PROMTOOL, ['check', 'metrics'], { input: text, encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`.trim()).toBe('');
    expect(check.status).toBe(0);
  });

  it('refuses a client on another address without the token, with a Persian 403', async () => {
    const res = await fetch(`${server.url}/metrics`, { headers: remote });
    expect(res.status).toBe(403);
    const body = await errorBody(res);
    expect(body.error.code).toBe('metrics_forbidden');
    expect(body.error.message).toMatch(/[\u0600-\u06FF]/);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { ...remote, authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(403);
  });

  it('answers that client with the token', async () => {
    const res = await fetch(`${server.url}/metrics`, { headers: { ...remote, authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
  });

  it('logs one JSON line per request, with its size', async () => {
    await fetch(`${server.url}/api/provinces`, { headers: { 'x-request-id': 'observe-1' } });
    await new Promise((done) => setTimeout(done, 200));
    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.includes('"reqId":"observe-1"'));
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] as string);
    expect(line).toMatchObject({ level: 'info', method: 'GET', route: '/api/provinces', status: 200, userId: null });
    expect(line.bytes).toBeGreaterThan(1000);
    expect(line.ms).toBeGreaterThan(0);
  });
});

// promtool itself must be able to fail, or the check above proves nothing.
describe('promtool', () => {
  it.runIf(existsSync(PROMTOOL))('rejects a malformed exposition', () => {
    const check = spawnSync(PROMTOOL, ['check', 'metrics'], { input: 'bad metric{\n', encoding: 'utf8' });
    expect(check.status).not.toBe(0);
    expect(execFileSync(PROMTOOL, ['--version'], { encoding: 'utf8' })).toContain('promtool');
  });
});
