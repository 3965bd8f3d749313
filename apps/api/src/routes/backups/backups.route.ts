// GET /api/backups (admins): the scheduled backups' state, shown on the admin page.
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';

export const backupsRoute = new Hono<AppEnv>().get('/', (c) => {
  const status = c.var.backups;
  if (!status) return c.json({ scheduled: false as const });
  return c.json({
    scheduled: true as const,
    dir: status.dir,
    intervalHours: status.intervalHours,
    keep: status.keep,
    lastSuccess: status.lastSuccess && {
      at: new Date(status.lastSuccess.at).toISOString(),
      file: status.lastSuccess.file,
      bytes: status.lastSuccess.bytes,
    },
    lastFailure: status.lastFailure && {
      at: new Date(status.lastFailure.at).toISOString(),
      message: status.lastFailure.message,
    },
    nextAt: status.nextAt === null ? null : new Date(status.nextAt).toISOString(),
  });
});
