// The one module that opens the database. Everything else receives `Db` and stays unaware of
// the driver, so PostgreSQL could replace SQLite behind this file.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { compactFa } from '@hamgen/shared';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { ensureNormalized } from './normalized-columns.ts';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

// Beside this file in src/db/, and beside server.js / cli.js once compiled (build.mjs copies them).
export const migrationsFolder = resolve(import.meta.dirname, 'migrations');

/**
 * Creates the file readable by its owner only (0600, whatever the umask) before SQLite opens it;
 * SQLite gives the -wal and -shm files the database's own permissions. An existing file is
 * tightened the same way.
 */
export function createPrivateFile(path: string): void {
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);
}

export function openDatabase(path: string): Db {
  if (path !== ':memory:') {
    mkdirSync(dirname(path), { recursive: true });
    createPrivateFile(path);
  }
  const sqlite = new Database(path);
  // WAL lets readers run beside the writer; FULL syncs each commit so a power cut loses nothing
  // that was acknowledged.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // The search normalizer inside SQL: attendee triggers (migration 0002) compute search_text with
  // it, so no writer has to. Every connection that writes attendees must be opened here.
  sqlite.function('compact_fa', { deterministic: true }, (text) => compactFa(String(text ?? '')));
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
