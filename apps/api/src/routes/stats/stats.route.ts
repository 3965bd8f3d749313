import { CENSUS, compareQuerySchema, statsFilterSchema, statsFilterToQuery, timelineQuerySchema } from '@hamgen/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { cachedResponse } from '../../lib/cached-response.ts';
import { validate } from '../../lib/validate.ts';
import { compareProvinceSeries } from './compare.db.ts';
import { computeOverview } from './overview.db.ts';
import { countByProvince, countBySector } from './stats.db.ts';
import { computeTimeline } from './timeline.db.ts';

/** One cache entry per endpoint and normalized query (ASCII digits, fixed key order). */
const cacheKey = (name: string, query: Record<string, string>, extra = '') =>
  `${name}?${new URLSearchParams(query)}${extra}`;

const sumCounts = (rows: { count: number }[]) => rows.reduce((sum, r) => sum + r.count, 0);

export const statsRoute = new Hono<AppEnv>()
  .use(cachedResponse)
  .get('/overview', validate('query', statsFilterSchema), (c) => {
    const filter = c.req.valid('query');
    const result = c.var.cache.get(cacheKey('overview', statsFilterToQuery(filter)), () =>
      computeOverview(c.var.db, filter),
    );
    return c.json({ filter, ...result });
  })
  .get('/by-province', validate('query', statsFilterSchema), (c) => {
    const filter = c.req.valid('query');
    const result = c.var.cache.get(cacheKey('by-province', statsFilterToQuery(filter)), () =>
      countByProvince(c.var.db, filter),
    );
    return c.json({ filter, ...result, total: sumCounts(result.rows), census: CENSUS });
  })
  .get('/by-sector', validate('query', statsFilterSchema), (c) => {
    const filter = c.req.valid('query');
    const result = c.var.cache.get(cacheKey('by-sector', statsFilterToQuery(filter)), () =>
      countBySector(c.var.db, filter),
    );
    return c.json({ filter, ...result, total: sumCounts(result.rows) });
  })
  .get('/timeline', validate('query', timelineQuerySchema), (c) => {
    const query = c.req.valid('query');
    const result = c.var.cache.get(cacheKey('timeline', statsFilterToQuery(query), `&stack=${query.stack ?? ''}`), () =>
      computeTimeline(c.var.db, query),
    );
    return c.json({ filter: query, ...result, total: sumCounts(result.rows) });
  })
  .get('/compare', validate('query', compareQuerySchema), (c) => {
    const query = c.req.valid('query');
    const { provinces, ...filter } = query;
    const key = cacheKey('compare', statsFilterToQuery(filter), `&provinces=${provinces.join(',')}`);
    const result = c.var.cache.get(key, () => compareProvinceSeries(c.var.db, query));
    return c.json({ filter: query, ...result, census: CENSUS });
  });
