// The stats answers as ready-made JSON text, keyed by the exact request URL: a repeated request
// skips validation, the query and serialization alike (the benchmark's budget is p99 ≤ 10 ms and
// half a bare node:http server's throughput). Only 200 answers are kept, so a bad filter is
// validated every time; the cache empties on any write, from this process or another.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';

const JSON_TYPE = 'application/json';

export const cachedResponse: MiddlewareHandler<AppEnv> = async (c, next) => {
  // Access is decided before this runs; the same public numbers serve every reader.
  const key = `response:${c.req.url}`;
  const hit = c.var.cache.peek<string>(key);
  if (hit !== undefined) return c.body(hit, 200, { 'Content-Type': JSON_TYPE });
  await next();
  if (c.res.status === 200 && c.res.headers.get('content-type')?.startsWith(JSON_TYPE)) {
    c.var.cache.set(key, await c.res.clone().text());
  }
};
