import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { apiClient } from '../test/api-client.ts';
import { createTestApi, signIn } from '../test/test-db.ts';
import { backupFileName, listBackups, startBackupSchedule } from './backup-schedule.ts';
import { createLogger } from './logger.ts';

const dir = mkdtempSync(join(tmpdir(), 'hamgen-backups-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, logger: createLogger({ write: (line: string) => lines.push(JSON.parse(line)) }, 'info') };
}

describe('scheduled backups', () => {
  const api = createTestApi();
  const databasePath = api.db.$client.name;
  let clock = Date.parse('2026-12-01T02:00:00Z');
  const now = () => clock;

  it('takes checked backups, keeps the newest HAMGEN_BACKUP_KEEP, and logs each', async () => {
    const { lines, logger } = capture();
    const schedule = startBackupSchedule({ databasePath, backup: { dir, intervalHours: 24, keep: 2 }, logger, now });
    await schedule.stop();
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      await schedule.runNow();
      names.push(backupFileName(clock));
      clock += 24 * 3_600_000;
    }
    expect(listBackups(dir).map((b) => basename(b.file))).toEqual([names[2], names[1]]);
    expect(existsSync(join(dir, names[0] as string))).toBe(false);
    expect(schedule.status.lastSuccess?.file).toBe(join(dir, names[2] as string));
    expect(lines.filter((l) => l.msg === 'backup done')).toHaveLength(3);
    expect(lines.filter((l) => l.msg === 'backup removed (retention)')).toHaveLength(1);
    const copy = new Database(join(dir, names[2] as string), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM organizations').pluck().get()).toBe(
      api.db.$client.prepare('SELECT count(*) FROM organizations').pluck().get(),
    );
    copy.close();
  });

  it('after a restart, follows the newest backup in the folder instead of taking one at once', async () => {
    const { logger } = capture();
    const newest = listBackups(dir)[0];
    const schedule = startBackupSchedule({ databasePath, backup: { dir, intervalHours: 24, keep: 2 }, logger, now });
    expect(schedule.status.lastSuccess?.file).toBe(newest?.file);
    expect(schedule.status.nextAt).toBe((newest?.at ?? 0) + 24 * 3_600_000);
    await schedule.stop();
  });

  it('records a failure and keeps no file when the database is missing', async () => {
    const { lines, logger } = capture();
    const schedule = startBackupSchedule({
      databasePath: join(dir, 'no-such.db'),
      backup: { dir: join(dir, 'failing'), intervalHours: 24, keep: 2 },
      logger,
      now,
    });
    await schedule.stop();
    await schedule.runNow();
    expect(schedule.status.lastFailure?.message).toContain('No database');
    expect(listBackups(join(dir, 'failing'))).toEqual([]);
    expect(lines.some((l) => l.msg === 'backup failed' && l.level === 'error')).toBe(true);
  });

  it('shows admins the last backup, and nobody else', async () => {
    const { logger } = capture();
    const schedule = startBackupSchedule({ databasePath, backup: { dir, intervalHours: 24, keep: 2 }, logger, now });
    await schedule.stop();
    const withBackups = createTestApi(api.db, { backups: schedule.status });
    const admin = await signIn(withBackups, 'admin');
    const viewer = await signIn(withBackups, 'viewer');
    const res = await apiClient(withBackups.app, admin).api.backups.$get();
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.scheduled).toBe(true);
    expect(body.keep).toBe(2);
    expect(body.lastSuccess?.file).toBe(listBackups(dir)[0]?.file);
    expect((await withBackups.app.request('/api/backups', { headers: { cookie: viewer.cookie } })).status).toBe(403);
    expect((await withBackups.app.request('/api/backups')).status).toBe(401);
    const off = await api.app.request('/api/backups', { headers: { cookie: (await signIn(api, 'admin')).cookie } });
    expect(await off.json()).toMatchObject({ scheduled: false, lastSuccess: null });
  });
});
