import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { errorJson } from '../../lib/errors.ts';

// One prepared statement per database: preparing on every probe cost more than the query.
const probes = new WeakMap<object, { get(): unknown }>();
const probeOf = (client: { prepare(sql: string): { get(): unknown } }) => {
  let probe = probes.get(client);
  if (!probe) {
    probe = client.prepare('SELECT 1');
    probes.set(client, probe);
  }
  return probe;
};

export const healthRoute = new Hono<AppEnv>().get('/', (c) => {
  try {
    probeOf(c.var.db.$client).get();
    return c.json({ status: 'ok' as const });
  } catch {
    return errorJson(c, 503, 'database_unavailable', 'پایگاه داده در دسترس نیست');
  }
});
