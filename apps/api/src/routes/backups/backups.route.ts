// GET /api/backups (admins): the scheduled backups' state, shown on the admin page. One shape
// whether or not backups are scheduled, so the typed client reads a single type.
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

export const backupsRoute = new Hono<AppEnv>().get('/', (c) => {
  const status = c.var.backups;
  return c.json({
    scheduled: status !== null,
    dir: status?.dir ?? null,
    intervalHours: status?.intervalHours ?? null,
    keep: status?.keep ?? null,
    lastSuccess: status?.lastSuccess
      ? { at: iso(status.lastSuccess.at) as string, file: status.lastSuccess.file, bytes: status.lastSuccess.bytes }
      : null,
    lastFailure: status?.lastFailure
      ? { at: iso(status.lastFailure.at) as string, message: status.lastFailure.message }
      : null,
    nextAt: iso(status?.nextAt),
  });
});
