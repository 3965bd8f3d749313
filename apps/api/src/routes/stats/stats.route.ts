import {
  CENSUS,
  compareQuerySchema,
  type StatsFilter,
  statsFilterSchema,
  statsFilterToQuery,
  timelineQuerySchema,
} from '@hamgen/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { isoToday } from '../../lib/clock.ts';
import { cachedJson } from '../../lib/query-cache.ts';
import { validate } from '../../lib/validate.ts';
import { compareProvinceSeries } from './compare.db.ts';
import { computeOverview } from './overview.db.ts';
import { countByProvince, countBySector } from './stats.db.ts';
import { computeTimeline, yearRange } from './timeline.db.ts';
import { timelineMeetings } from './timeline-meetings.db.ts';

/** One cache entry per endpoint and validated filter (ASCII digits, fixed key order). */
const cacheKey = (name: string, filter: StatsFilter, extra = '') =>
  `stats/${name}?${new URLSearchParams(statsFilterToQuery(filter))}${extra}`;

/** Stats answers are public and depend on the URL alone: the door may send them again. */
const DOOR = { door: true };

const sumCounts = (rows: { count: number }[]) => rows.reduce((sum, r) => sum + r.count, 0);

export const statsRoute = new Hono<AppEnv>()
  .get('/overview', validate('query', statsFilterSchema), (c) => {
    const filter = c.req.valid('query');
    // The overdue count depends on the day, so the day is part of the cached answer's key.
    const today = isoToday(c.var.now());
    return cachedJson(
      c,
      cacheKey('overview', filter, `&today=${today}`),
      () => ({ filter, ...computeOverview(c.var.db, filter, today) }),
      DOOR,
    );
  })
  .get('/by-province', validate('query', statsFilterSchema), (c) => {
    const filter = c.req.valid('query');
    return cachedJson(
      c,
      cacheKey('by-province', filter),
      () => {
        const result = countByProvince(c.var.db, filter);
        return { filter, ...result, total: sumCounts(result.rows), census: CENSUS };
      },
      DOOR,
    );
  })
  .get('/by-sector', validate('query', statsFilterSchema), (c) => {
    const filter = c.req.valid('query');
    return cachedJson(
      c,
      cacheKey('by-sector', filter),
      () => {
        const result = countBySector(c.var.db, filter);
        return { filter, ...result, total: sumCounts(result.rows) };
      },
      DOOR,
    );
  })
  .get('/timeline', validate('query', timelineQuerySchema), (c) => {
    const query = c.req.valid('query');
    return cachedJson(
      c,
      cacheKey('timeline', query, `&stack=${query.stack ?? ''}`),
      () => {
        const result = computeTimeline(c.var.db, query);
        return { filter: query, ...result, total: sumCounts(result.rows) };
      },
      DOOR,
    );
  })
  .get('/timeline/meetings', validate('query', statsFilterSchema), (c) => {
    const filter = c.req.valid('query');
    return cachedJson(
      c,
      cacheKey('timeline-meetings', filter),
      () => ({ filter, meetings: timelineMeetings(c.var.db, filter, yearRange(c.var.db, filter)) }),
      DOOR,
    );
  })
  .get('/compare', validate('query', compareQuerySchema), (c) => {
    const query = c.req.valid('query');
    const { provinces, ...filter } = query;
    return cachedJson(
      c,
      cacheKey('compare', filter, `&provinces=${provinces.join(',')}`),
      () => ({
        filter: query,
        ...compareProvinceSeries(c.var.db, query),
        census: CENSUS,
      }),
      DOOR,
    );
  });
