// Scheduled backups (HAMGEN_BACKUP_DIR): every HAMGEN_BACKUP_INTERVAL_HOURS the server copies the
// live database with the same function as `cli.js backup` (SQLite's online backup API, then
// PRAGMA integrity_check), keeps the newest HAMGEN_BACKUP_KEEP files and logs each result. The
// schedule follows the newest file already in the folder, so a restart neither skips a backup
// nor takes an extra one. A copy that fails its check is deleted, never counted as a backup.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase } from '../commands/backup.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';

const NAME = /^hamgen-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.db$/;
const HOUR = 3_600_000;
// setTimeout's limit; a longer interval waits in steps.
const MAX_DELAY = 2 ** 31 - 1;

export interface BackupStatus {
  dir: string;
  intervalHours: number;
  keep: number;
  lastSuccess: { at: number; file: string; bytes: number } | null;
  lastFailure: { at: number; message: string } | null;
  nextAt: number | null;
}

export const backupFileName = (at: number) =>
  `hamgen-${new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.db`;

/** The backups in the folder, newest first. */
export function listBackups(dir: string) {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  // The time is read from the name (when the backup was taken), not from the file's mtime,
  // which a copy to another disk changes.
  return names
    .map((name) => NAME.exec(name))
    .filter((match) => match !== null)
    .sort((a, b) => b[0].localeCompare(a[0]))
    .map(([name, y, mo, d, h, mi, s]) => ({
      file: join(dir, name),
      bytes: statSync(join(dir, name)).size,
      at: Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`),
    }));
}

export interface BackupSchedule {
  status: BackupStatus;
  /** Takes a backup now (also what the timer calls). */
  runNow(): Promise<void>;
  /** Stops the timer and waits for a backup in progress. */
  stop(): Promise<void>;
}

export function startBackupSchedule(options: {
  databasePath: string;
  backup: Config['backup'] & { dir: string };
  logger: Logger;
  now?: () => number;
}): BackupSchedule {
  const { databasePath, backup, logger, now = Date.now } = options;
  const interval = backup.intervalHours * HOUR;
  const newest = listBackups(backup.dir)[0];
  const status: BackupStatus = {
    dir: backup.dir,
    intervalHours: backup.intervalHours,
    keep: backup.keep,
    lastSuccess: newest ?? null,
    lastFailure: null,
    nextAt: newest ? Math.max(newest.at + interval, now()) : now(),
  };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const prune = () => {
    for (const old of listBackups(backup.dir).slice(backup.keep)) {
      rmSync(old.file, { force: true });
      logger.info({ file: old.file }, 'backup removed (retention)');
    }
  };

  const take = async () => {
    const at = now();
    const file = join(backup.dir, backupFileName(at));
    try {
      const figures = await backupDatabase(databasePath, file);
      if (figures.integrity !== 'ok') {
        rmSync(file, { force: true });
        throw new Error(`integrity_check: ${figures.integrity}`);
      }
      status.lastSuccess = { at, file, bytes: figures.bytes };
      logger.info({ file, bytes: figures.bytes, ms: figures.milliseconds, rows: figures.rows }, 'backup done');
      prune();
    } catch (err) {
      status.lastFailure = { at, message: err instanceof Error ? err.message : String(err) };
      logger.error({ err, file }, 'backup failed');
    }
  };

  const runNow = () => {
    running ??= take().finally(() => {
      running = undefined;
    });
    return running;
  };

  const arm = () => {
    if (stopped || status.nextAt === null) return;
    const delay = Math.min(Math.max(status.nextAt - now(), 0), MAX_DELAY);
    timer = setTimeout(async () => {
      if (now() >= (status.nextAt ?? 0)) {
        await runNow();
        status.nextAt = now() + interval;
      }
      arm();
    }, delay);
    timer.unref();
  };
  arm();
  logger.info({ dir: backup.dir, intervalHours: backup.intervalHours, keep: backup.keep }, 'backups scheduled');

  return {
    status,
    runNow,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      status.nextAt = null;
      await running;
    },
  };
}
