// `cli.ts backup <path>`: a consistent copy of the live database through SQLite's online backup
// API (safe while the server runs and writes), switched to a single self-contained file
// (journal_mode=DELETE), then opened and checked with PRAGMA integrity_check. Sessions are
// dropped from the copy: a restore must not bring back sessions that were logged out since.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { createPrivateFile, openDatabase } from '../db/client.ts';

const COUNTED = ['organizations', 'meetings', 'attendees', 'decisions', 'users', 'audit_events'] as const;

export interface BackupFigures {
  path: string;
  bytes: number;
  pages: number;
  integrity: string;
  milliseconds: number;
  rows: Record<(typeof COUNTED)[number], number>;
}

export async function backupDatabase(sourcePath: string, target: string, options: { force?: boolean } = {}) {
  const destination = resolve(target);
  if (!existsSync(sourcePath)) throw new Error(`No database at ${sourcePath}`);
  if (resolve(sourcePath) === destination) throw new Error('The backup must not overwrite the database itself');
  if (existsSync(destination) && !options.force) {
    throw new Error(`${destination} exists; choose a new name or pass --force`);
  }
  mkdirSync(dirname(destination), { recursive: true });
  const started = performance.now();
  // The copy holds password hashes and the audit log: owner-only from its first byte.
  createPrivateFile(destination);
  const db = openDatabase(sourcePath);
  try {
    await db.$client.backup(destination);
  } finally {
    db.$client.close();
  }
  const copy = new Database(destination);
  try {
    copy.pragma('journal_mode = DELETE');
    copy.exec('DELETE FROM sessions');
    const integrity = String(copy.pragma('integrity_check', { simple: true }));
    const rows = Object.fromEntries(
      COUNTED.map((t) => [t, copy.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]),
    ) as BackupFigures['rows'];
    const pages = copy.pragma('page_count', { simple: true }) as number;
    return {
      path: destination,
      bytes: statSync(destination).size,
      pages,
      integrity,
      milliseconds: Math.round(performance.now() - started),
      rows,
    } satisfies BackupFigures;
  } finally {
    copy.close();
  }
}
