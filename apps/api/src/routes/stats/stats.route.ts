import { statsFilterSchema, statsFilterToQuery } from '@hamgen/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { validate } from '../../lib/validate.ts';
import { countByProvince } from './stats.db.ts';

export const statsRoute = new Hono<AppEnv>().get('/by-province', validate('query', statsFilterSchema), (c) => {
  const filter = c.req.valid('query');
  const key = `by-province?${new URLSearchParams(statsFilterToQuery(filter))}`;
  const result = c.var.cache.get(key, () => countByProvince(c.var.db, filter));
  return c.json({ filter, ...result, total: result.rows.reduce((sum, r) => sum + r.count, 0) });
});
