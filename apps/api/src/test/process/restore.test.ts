// Backup → restore → every row again: the compiled server takes its scheduled backup at start
// (HAMGEN_BACKUP_DIR), the copy is put in place as the README's restore steps say, a fresh server
// serves it, and every table (sessions excepted: backups drop them on purpose) holds exactly the
// rows of the original.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client.ts';
import { seedDatabase } from '../../db/seed/index.ts';
import { listBackups } from '../../lib/backup-schedule.ts';
import { createAccount, SYSTEM_ACTOR } from '../../routes/users/accounts.ts';
import { startServer } from './server-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'hamgen-restore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dump(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      // Rows as sorted JSON text: the search index's shadow tables (FTS5) have no rowid to order by.
      tables
        .filter((t) => t !== 'sessions')
        .map((t) => [
          t,
          db
            .prepare(`SELECT * FROM "${t}"`)
            .all()
            .map((row) => JSON.stringify(row, (_, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)))
            .sort(),
        ]),
    );
  } finally {
    db.close();
  }
}

describe('restore from a scheduled backup', () => {
  it('brings back every row in a fresh server', { timeout: 90_000 }, async () => {
    const original = join(dir, 'original.db');
    const db = openDatabase(original);
    migrateDatabase(db);
    seedDatabase(db);
    await createAccount(db, { username: 'restore-admin', role: 'admin', password: 'restore-pass-1234' }, SYSTEM_ACTOR);
    db.$client.close();

    const backups = join(dir, 'backups');
    const first = await startServer(original, { HAMGEN_BACKUP_DIR: backups });
    const deadline = Date.now() + 30_000;
    while (!first.output().includes('"backup done"') && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 50));
    }
    const overview = await (await fetch(`${first.url}/api/stats/overview`)).text();
    await first.stop();
    const [backup] = listBackups(backups);
    expect(backup, first.output()).toBeDefined();

    const restored = join(dir, 'restored', 'hamgen.db');
    mkdirSync(join(dir, 'restored'));
    copyFileSync(backup?.file as string, restored);
    const second = await startServer(restored);
    expect((await fetch(`${second.url}/api/ready`)).status).toBe(200);
    expect(await (await fetch(`${second.url}/api/stats/overview`)).text()).toBe(overview);
    expect(second.output()).toContain('using the existing database');
    await second.stop();

    const before = dump(original);
    const after = dump(restored);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    // The whole demo came back, not an empty shell that would compare equal.
    expect((before.organizations as unknown[]).length).toBeGreaterThan(400);
  });
});
