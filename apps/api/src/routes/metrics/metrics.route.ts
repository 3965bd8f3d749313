// GET /metrics in Prometheus' text format. Who may read it is the policy table's
// 'loopback-or-token' rule (lib/auth/loopback-or-token.ts).
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';

export const metricsRoute = new Hono<AppEnv>().get('/', async (c) => {
  const metrics = c.var.metrics;
  return c.body(await metrics.text(), 200, { 'Content-Type': metrics.registry.contentType });
});
