import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../app.ts';
import { type Db, openDatabase } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { readConfig } from '../../lib/config.ts';
import { errorBody } from '../../test/api-client.ts';
import { createTestApi } from '../../test/test-db.ts';

const dir = mkdtempSync(join(tmpdir(), 'hamgen-ready-'));
// Seeded once, outside any test's time limit.
const api = createTestApi();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const apiOn = (db: Db) => createApi({ db, config: { ...readConfig({}), databasePath: db.$client.name } });

const errorOf = async (res: Response) => (await errorBody(res)).error;

describe('GET /api/ready', () => {
  it('answers 200 on a migrated, writable database', async () => {
    const res = await api.app.request('/api/ready');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('answers 503 in Persian before the migrations ran', async () => {
    const db = openDatabase(join(dir, 'unmigrated.db'));
    const res = await apiOn(db).request('/api/ready');
    expect(res.status).toBe(503);
    const error = await errorOf(res);
    expect(error.code).toBe('not_migrated');
    expect(error.message).toMatch(/[\u0600-\u06FF]/);
    // Liveness is another question: the process answers.
    expect((await apiOn(db).request('/api/health')).status).toBe(200);
    db.$client.close();
  });

  it('answers 503 when the database cannot be written', async () => {
    const readOnly = new Database(api.db.$client.name, { readonly: true });
    const res = await apiOn(drizzle(readOnly, { schema }) as Db).request('/api/ready');
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe('database_read_only');
    readOnly.close();
  });

  it('is public even when reading needs a session', async () => {
    const { app } = createTestApi(api.db, { config: { publicRead: false } });
    expect((await app.request('/api/ready')).status).toBe(200);
    expect((await app.request('/api/provinces')).status).toBe(401);
  });
});
