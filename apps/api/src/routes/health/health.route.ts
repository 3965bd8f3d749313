import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { errorJson } from '../../lib/errors.ts';

export const healthRoute = new Hono<AppEnv>().get('/', (c) => {
  try {
    c.var.db.$client.prepare('SELECT 1').get();
    return c.json({ status: 'ok' as const });
  } catch {
    return errorJson(c, 503, 'database_unavailable', 'پایگاه داده در دسترس نیست');
  }
});
