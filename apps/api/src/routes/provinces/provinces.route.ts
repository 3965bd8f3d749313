import { provinceParamSchema, statsFilterSchema, statsFilterToQuery } from '@hamgen/shared';
import { asc } from 'drizzle-orm';
import { Hono } from 'hono';
import { provinces } from '../../db/schema.ts';
import type { AppEnv } from '../../lib/app-env.ts';
import { ApiError } from '../../lib/errors.ts';
import { validate } from '../../lib/validate.ts';
import { getProvinceSheet } from './provinces.db.ts';

export const provincesRoute = new Hono<AppEnv>()
  .get('/', (c) => {
    const rows = c.var.db.select().from(provinces).orderBy(asc(provinces.code)).all();
    return c.json({ rows });
  })
  .get('/:code', validate('param', provinceParamSchema), validate('query', statsFilterSchema), (c) => {
    const { code } = c.req.valid('param');
    const filter = c.req.valid('query');
    const key = `province/${code}?${new URLSearchParams(statsFilterToQuery(filter))}`;
    const sheet = c.var.cache.get(key, () => getProvinceSheet(c.var.db, code, filter));
    if (!sheet) throw new ApiError(404, 'not_found', 'استانی با این کد پیدا نشد');
    return c.json({ filter, ...sheet });
  });
