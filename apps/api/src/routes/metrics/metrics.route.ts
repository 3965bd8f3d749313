// GET /metrics in Prometheus' text format. Who may read it is the policy table's
// 'loopback-or-token' rule (lib/auth/loopback-or-token.ts).
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';

export const metricsRoute = new Hono<AppEnv>().get('/', async (c) => {
  const { registry } = c.var.metrics;
  return c.body(await registry.metrics(), 200, { 'Content-Type': registry.contentType });
});
