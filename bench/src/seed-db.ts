// The 100k-association database, built with the app's own seed code. Building takes a while, so
// the result is kept in the temp folder under a hash of everything that shapes it (seed options,
// schema, migrations, seed code, shared helpers) and each run works on a fresh copy of it.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { type DemoOptions, migrateDatabase, openDatabase, seedDatabase } from './api.ts';
import { repoRoot } from './paths.ts';

/** ≈100k associations, 5k meetings, 50k decisions (this seed gives 101,665 / 5,001 / 49,806). */
export const SCALE_OPTIONS: DemoOptions = { seed: 1399, scale: 214, meetingsPerYear: 185.2, decisionsPerMeeting: 9 };

const SEED_INPUTS = ['apps/api/src/db', 'packages/shared/src'];
const cacheDir = join(tmpdir(), 'hamgen-bench');

export interface ScaleDb {
  /** A copy in the run's folder; the server may write to it (sessions, WAL) without harm. */
  path: string;
  cached: boolean;
  buildSeconds: number;
  sizeBytes: number;
  rows: Record<'organizations' | 'meetings' | 'decisions' | 'organizationEvents' | 'attendees', number>;
}

function inputsHash(): string {
  const hash = createHash('sha256').update(JSON.stringify(SCALE_OPTIONS));
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) visit(join(path, name));
    else if (!path.endsWith('.test.ts')) hash.update(relative(repoRoot, path)).update(readFileSync(path));
  };
  for (const input of SEED_INPUTS) visit(join(repoRoot, input));
  return hash.digest('hex').slice(0, 16);
}

function build(target: string): void {
  // Left-overs of an interrupted build, and databases of older seed inputs, are removed first.
  for (const name of readdirSync(cacheDir)) rmSync(join(cacheDir, name), { force: true });
  const partial = join(cacheDir, `building-${process.pid}.db`);
  const db = openDatabase(partial);
  try {
    migrateDatabase(db);
    seedDatabase(db, SCALE_OPTIONS);
    // Fold the WAL into the file so the cached database is one self-contained file.
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.$client.close();
  }
  renameSync(partial, target);
}

function countRows(path: string): ScaleDb['rows'] {
  const db = new Database(path, { readonly: true });
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  try {
    return {
      organizations: count('organizations'),
      meetings: count('meetings'),
      decisions: count('decisions'),
      organizationEvents: count('organization_events'),
      attendees: count('attendees'),
    };
  } finally {
    db.close();
  }
}

export function prepareScaleDb(runDir: string, log: (line: string) => void): ScaleDb {
  mkdirSync(cacheDir, { recursive: true });
  const cachedPath = join(cacheDir, `scale-${inputsHash()}.db`);
  const cached = existsSync(cachedPath);
  const started = performance.now();
  if (!cached) {
    log(`building the scale database (once per seed change) at ${cachedPath}`);
    build(cachedPath);
  }
  const buildSeconds = cached ? 0 : (performance.now() - started) / 1000;
  const path = join(runDir, 'bench.db');
  copyFileSync(cachedPath, path);
  return {
    path,
    cached,
    buildSeconds,
    sizeBytes: statSync(path).size,
    rows: countRows(path),
  };
}
