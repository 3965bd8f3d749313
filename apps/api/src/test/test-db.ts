// A real SQLite file per test suite, migrated and seeded like a fresh `npm start`, plus helpers
// to create accounts, sign in and send writes the way the web app does (cookie + CSRF header).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserRole } from '@hamgen/shared';
import type { InferResponseType } from 'hono/client';
import { testClient } from 'hono/testing';
import { afterAll } from 'vitest';
import { createApi } from '../app.ts';
import { type Db, migrateDatabase, openDatabase } from '../db/client.ts';
import { seedDatabase } from '../db/seed/index.ts';
import type { BackupStatus } from '../lib/backup-schedule.ts';
import { type Config, readConfig } from '../lib/config.ts';
import type { Logger } from '../lib/logger.ts';
import { createAccount } from '../routes/users/accounts.ts';

export function createTestDb(options: { seed?: boolean } = {}): Db {
  const dir = mkdtempSync(join(tmpdir(), 'hamgen-test-'));
  const db = openDatabase(join(dir, 'test.db'));
  migrateDatabase(db);
  if (options.seed !== false) seedDatabase(db);
  afterAll(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

/** One number from SQL (a count, an id), to check an answer against the rows. */
export const scalarOf =
  (db: Db) =>
  (sql: string, ...args: unknown[]) =>
    db.$client
      .prepare(sql)
      .pluck()
      .get(...args) as number;

export interface TestApiOptions {
  config?: Partial<Config>;
  now?: () => number;
  logger?: Logger;
  backups?: BackupStatus | null;
}

export function createTestApi(db = createTestDb(), options: TestApiOptions = {}) {
  const config = { ...readConfig({}), databasePath: db.$client.name, ...options.config };
  const { now, logger, backups } = options;
  return { db, app: createApi({ db, config, now, logger, backups }), scalar: scalarOf(db) };
}

export type TestApp = ReturnType<typeof createTestApi>['app'];

/** A clock the test moves by hand. */
export function testClock(start = Date.parse('2024-08-02T08:00:00.000Z')) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

export const TEST_PASSWORD = 'a-long-test-password';
export const TEST_ORIGIN = 'http://localhost';
let userCounter = 0;

export async function createTestUser(
  db: Db,
  options: { role: UserRole; username?: string; password?: string; displayName?: string },
) {
  const username = options.username ?? `${options.role}${++userCounter}`;
  const password = options.password ?? TEST_PASSWORD;
  const actor = { userId: null, username: 'test', requestId: null, ip: null };
  const { user } = await createAccount(db, { ...options, username, password }, actor);
  return { ...user, password };
}

type LoginCall = ReturnType<typeof testClient<TestApp>>['api']['auth']['login']['$post'];

export interface TestSession {
  /** The user as POST /api/auth/login answers it. */
  user: InferResponseType<LoginCall, 200>['user'];
  cookie: string;
  csrfToken: string;
  /** Cookie, CSRF token and a same-origin Origin: what the SPA sends with a write. */
  headers: Record<string, string>;
}

export async function login(app: TestApp, username: string, password = TEST_PASSWORD): Promise<TestSession> {
  const res = await testClient(app).api.auth.login.$post(
    { json: { username, password } },
    { headers: { origin: TEST_ORIGIN } },
  );
  if (res.status !== 200) throw new Error(`login ${username} -> ${res.status} ${await res.text()}`);
  const body = await res.json();
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    user: body.user,
    cookie,
    csrfToken: body.csrfToken,
    headers: { cookie, 'x-csrf-token': body.csrfToken, origin: TEST_ORIGIN },
  };
}

/** A new user of the role, signed in. */
export async function signIn(api: { app: TestApp; db: Db }, role: UserRole): Promise<TestSession> {
  const user = await createTestUser(api.db, { role });
  return login(api.app, user.username);
}

/**
 * The opening most route suites share: a seeded API and a signed-in user of the role, before the
 * suite's first test (top-level await in the test file).
 */
export async function createTestApiAs(role: UserRole, db?: Db, options?: TestApiOptions) {
  const api = createTestApi(db, options);
  return { ...api, session: await signIn(api, role) };
}

/** A JSON write as the web app sends it; no session means an anonymous request. */
export function send(app: TestApp, method: string, path: string, body?: unknown, session?: TestSession | null) {
  return app.request(path, {
    method,
    headers: { 'content-type': 'application/json', origin: TEST_ORIGIN, ...session?.headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/**
 * An association written straight into SQLite, past the API's validation and normalization: what
 * an older version or another tool may have left (a manual 1399 row with 3 members).
 */
export function insertRawOrganization(
  db: Db,
  row: { nameFa: string; provinceCode: string; sectorCode: string; searchText: string },
) {
  db.$client
    .prepare(
      `INSERT INTO organizations (name_fa, kind, province_code, sector_code, established_on, jalali_year, status, members, source, search_text)
       VALUES (?, 'other', ?, ?, '2020-05-01', 1399, 'active', 3, 'manual', ?)`,
    )
    .run(row.nameFa, row.provinceCode, row.sectorCode, row.searchText);
}
