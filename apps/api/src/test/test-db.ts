// A real SQLite file per test suite, migrated and seeded like a fresh `npm start`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createApi } from '../app.ts';
import { type Db, migrateDatabase, openDatabase } from '../db/client.ts';
import { seedDatabase } from '../db/seed/index.ts';
import { readConfig } from '../lib/config.ts';

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

export function createTestApi(db = createTestDb()) {
  const config = { ...readConfig({}), databasePath: db.$client.name };
  return { db, app: createApi({ db, config }) };
}
