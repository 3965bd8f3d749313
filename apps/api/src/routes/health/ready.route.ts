// GET /api/ready, the readiness probe (load balancers, HEALTHCHECK, systemd watchers): 200 only
// when every migration the code knows is applied and the database takes a write lock. Unlike
// /api/health (liveness: the process answers), a 503 here means "send no traffic yet".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Hono } from 'hono';
import { migrationsFolder } from '../../db/client.ts';
import type { AppEnv } from '../../lib/app-env.ts';
import { errorJson } from '../../lib/errors.ts';

let known: number | undefined;
const knownMigrations = () => {
  known ??= (JSON.parse(readFileSync(resolve(migrationsFolder, 'meta/_journal.json'), 'utf8')).entries as unknown[])
    .length;
  return known;
};

export const readyRoute = new Hono<AppEnv>().get('/', (c) => {
  const sqlite = c.var.db.$client;
  let applied: number;
  try {
    applied = sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
  } catch {
    applied = 0;
  }
  if (applied < knownMigrations()) {
    return errorJson(c, 503, 'not_migrated', 'پایگاه داده هنوز به‌روز (مهاجرت) نشده است');
  }
  try {
    // A row written and rolled back: SQLite refuses the write itself on a read-only file, mount
    // or connection (taking the lock alone succeeds there), and nothing reaches the disk.
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      sqlite.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('ready-probe', 0)").run();
    } finally {
      sqlite.exec('ROLLBACK');
    }
  } catch {
    return errorJson(c, 503, 'database_read_only', 'پایگاه داده نوشتنی نیست');
  }
  return c.json({ status: 'ready' as const });
});
