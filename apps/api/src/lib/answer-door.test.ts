// The answer door over a real socket: node:http with the door in front of the Hono app, as
// server.ts builds it, on a real SQLite file. The app's own listener counts what reaches it, so
// each test knows who answered.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../app.ts';
import { createTestDb, createTestUser, TEST_ORIGIN, TEST_PASSWORD } from '../test/test-db.ts';
import { answerDoor, behindDoor } from './answer-door.ts';
import { readConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createMetrics } from './metrics.ts';
import { createQueryCache } from './query-cache.ts';
import { SERVER_REQUEST_ID } from './request-id.ts';

const db = createTestDb();
const config = { ...readConfig({}), databasePath: db.$client.name };
const lines: Record<string, unknown>[] = [];
const logger = createLogger({ write: (line: string) => lines.push(JSON.parse(line)) }, 'info');
const metrics = createMetrics({ databasePath: config.databasePath });
let day = '2026-12-03';
const cache = createQueryCache(db.$client, undefined, metrics.cacheLookup, () => day);
const app = createApi({ db, config, logger, metrics, cache });
const listener = getRequestListener(app.fetch);
let reachedApp = 0;
let server: Server;
let base = '';

beforeAll(async () => {
  const door = answerDoor({ cache, config, logger, metrics });
  server = createServer(
    behindDoor(
      door,
      (req, res) => {
        reachedApp += 1;
        listener(req, res);
      },
      logger,
    ),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Who answered `run`: how many of its requests reached the app. */
async function appShare<T>(run: () => Promise<T>): Promise<{ reached: number; result: T }> {
  const before = reachedApp;
  const result = await run();
  return { reached: reachedApp - before, result };
}

const headersOf = (res: Response) => {
  const all = Object.fromEntries(res.headers);
  delete all['x-request-id'];
  delete all.date;
  return all;
};

describe('the answer door', () => {
  it('sends a repeated anonymous stats GET itself: the bytes and headers the app gave, its own log line', async () => {
    const url = `${base}/api/stats/overview?from=1399&to=1399`;
    const { reached, result } = await appShare(async () => {
      const first = await fetch(url);
      const firstBody = await first.text();
      const second = await fetch(url);
      return { first, firstBody, second, secondBody: await second.text() };
    });
    expect(reached).toBe(1);
    expect(result.second.status).toBe(200);
    expect(result.secondBody).toBe(result.firstBody);
    expect(headersOf(result.second)).toEqual(headersOf(result.first));
    expect(result.second.headers.get('x-request-id')).toMatch(SERVER_REQUEST_ID);
    expect(result.second.headers.get('x-request-id')).not.toBe(result.first.headers.get('x-request-id'));
    await new Promise((r) => setTimeout(r, 20));
    const logged = lines.filter((l) => l.msg === 'request' && l.route === '/api/stats/overview');
    expect(logged.slice(-2).map((l) => [l.status, l.userId, typeof l.bytes])).toEqual([
      [200, null, 'number'],
      [200, null, 'number'],
    ]);
    expect(logged.at(-1)?.reqId).toBe(result.second.headers.get('x-request-id'));
    const text = await metrics.text();
    expect(text).toMatch(/hamgen_http_requests_total\{method="GET",route="\/api\/stats\/overview",status="200"\} 2/);
  });

  it('never sends an answer older than the database: a commit by another connection is seen at once', async () => {
    const url = `${base}/api/stats/overview?from=1399&to=1399`;
    const total = async (): Promise<number> => JSON.parse(await (await fetch(url)).text()).kpis.total;
    const before = await total();
    const other = new Database(config.databasePath);
    other
      .prepare(
        'UPDATE organizations SET jalali_year = 1399 WHERE id = (SELECT id FROM organizations WHERE jalali_year > 1399 LIMIT 1)',
      )
      .run();
    other.close();
    const { reached, result } = await appShare(total);
    expect([result, reached]).toEqual([before + 1, 1]);
  });

  it('empties itself at midnight: the overview counts what is overdue by today', async () => {
    const url = `${base}/api/stats/overview`;
    await fetch(url);
    const { reached } = await appShare(async () => {
      await fetch(url);
      day = '2026-12-04';
      await fetch(url);
      await fetch(url);
    });
    expect(reached).toBe(1);
  });

  it('gives gzip to a client that accepts it, the same bytes as the app did', async () => {
    const url = `${base}/api/stats/timeline/meetings`;
    const get = () => fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    const { reached, result } = await appShare(async () => {
      const first = await get();
      const firstBody = await first.text();
      const second = await get();
      return { first, firstBody, second, secondBody: await second.text() };
    });
    expect(reached).toBe(1);
    expect(result.second.headers.get('content-encoding')).toBe('gzip');
    expect(result.second.headers.get('vary')).toBe('Accept-Encoding');
    expect(result.secondBody).toBe(result.firstBody);
    const raw = await rawGet('/api/stats/timeline/meetings', { 'accept-encoding': 'gzip' });
    expect(JSON.parse(gunzipSync(raw.body).toString('utf8'))).toEqual(JSON.parse(result.firstBody));
  });

  it('leaves to the app a session cookie, another method and a Host the host guard refuses', async () => {
    const path = '/api/stats/by-sector';
    await fetch(`${base}${path}`);
    const { reached, result } = await appShare(async () => [
      (await fetch(`${base}${path}`, { headers: { cookie: 'hamgen_session=not-a-session' } })).status,
      (await fetch(`${base}${path}`, { method: 'HEAD' })).status,
      (await rawGet(path, { host: 'evil.example' })).status,
    ]);
    expect(result).toEqual([200, 200, 421]);
    expect(reached).toBe(3);
  });

  it('never keeps what a signed-in user was given', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TEST_ORIGIN },
      body: JSON.stringify({ username: user.username, password: TEST_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const path = '/api/stats/by-province?from=1390';
    const { reached, result } = await appShare(async () => {
      const signedIn = await fetch(`${base}${path}`, { headers: { cookie } });
      const anonymous = await fetch(`${base}${path}`);
      return [signedIn.headers.get('cache-control'), anonymous.headers.get('cache-control')];
    });
    expect(result).toEqual(['no-store', null]);
    expect(reached).toBe(2);
  });
});

/** A GET through node:http, where the Host header can be set and the body stays undecoded. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}
