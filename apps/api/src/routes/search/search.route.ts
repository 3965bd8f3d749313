import { searchQuerySchema } from '@hamgen/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { ApiError } from '../../lib/errors.ts';
import { expensiveRateLimit } from '../../lib/expensive.ts';
import { cachedJson } from '../../lib/query-cache.ts';
import { validate } from '../../lib/validate.ts';
import { isBlankQuery, searchAll } from './search.db.ts';

const DEFAULT_LIMIT = 10;

// Synchronous SQLite work: a concurrency cap would mean nothing, so only the per-address limit.
export const searchRoute = new Hono<AppEnv>().get(
  '/',
  expensiveRateLimit,
  validate('query', searchQuerySchema),
  (c) => {
    const { q, limit = DEFAULT_LIMIT } = c.req.valid('query');
    // «ـ» or a lone ZWNJ passes the schema but normalizes to nothing, which would match every row.
    if (isBlankQuery(q)) throw new ApiError(400, 'invalid_query', 'عبارت جستجو را وارد کنید');
    // The answer echoes `q`, so the raw text is the key; it is valid until the data changes.
    return cachedJson(c, `search?limit=${limit}&q=${encodeURIComponent(q)}`, () => searchAll(c.var.db, q, limit));
  },
);
