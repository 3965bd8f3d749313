import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSession } from '../lib/auth/session.ts';
import { readConfig } from '../lib/config.ts';
import { createTestDb, createTestUser } from '../test/test-db.ts';
import { backupDatabase } from './backup.ts';

describe('backupDatabase', () => {
  it('copies the live database with the online backup API and checks the copy', async () => {
    const db = createTestDb();
    const user = await createTestUser(db, { role: 'viewer' });
    createSession(db, user.id, Date.now(), readConfig({}), { ip: null, userAgent: null });
    const target = join(mkdtempSync(join(tmpdir(), 'hamgen-backup-')), 'nested', 'copy.db');
    const figures = await backupDatabase(db.$client.name, target);
    expect(figures.integrity).toBe('ok');
    // Owner-only, the database and its WAL as well as the copy, whatever the umask.
    for (const file of [target, db.$client.name, `${db.$client.name}-wal`]) {
      expect((statSync(file).mode & 0o777).toString(8), file).toBe('600');
    }
    expect(figures.rows.organizations).toBe(db.$client.prepare('SELECT count(*) FROM organizations').pluck().get());
    expect(figures.rows.organizations).toBeGreaterThan(300);
    // A single self-contained file: no -wal beside it.
    expect(existsSync(`${target}-wal`)).toBe(false);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(db.$client.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(1);
    expect(copy.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(0);
    copy.close();
    await expect(backupDatabase(db.$client.name, target)).rejects.toThrow(/exists/);
    await expect(backupDatabase(db.$client.name, target, { force: true })).resolves.toMatchObject({ integrity: 'ok' });
    await expect(backupDatabase(db.$client.name, db.$client.name, { force: true })).rejects.toThrow(/itself/);
  });
});
