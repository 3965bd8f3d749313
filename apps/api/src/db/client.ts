// The one module that opens the database. Everything else receives `Db` and stays unaware of
// the driver, so PostgreSQL could replace SQLite behind this file.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { ensureNormalized } from './normalized-columns.ts';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = resolve(import.meta.dirname, 'migrations');

export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // WAL lets readers run beside the writer; FULL syncs each commit so a power cut loses nothing
  // that was acknowledged.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return drizzle(sqlite, { schema });
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
  // Stored normalized text must come from the normalizer that normalizes the queries.
  ensureNormalized(db);
}

/** True when the database has never been seeded (no provinces yet). */
export function isEmptyDatabase(db: Db): boolean {
  const row = db.$client.prepare('SELECT count(*) AS n FROM provinces').get() as { n: number };
  return row.n === 0;
}
