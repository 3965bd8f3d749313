import { asc } from 'drizzle-orm';
import { Hono } from 'hono';
import { provinces } from '../../db/schema.ts';
import type { AppEnv } from '../../lib/app-env.ts';

export const provincesRoute = new Hono<AppEnv>().get('/', (c) => {
  const rows = c.var.db.select().from(provinces).orderBy(asc(provinces.code)).all();
  return c.json({ rows });
});
