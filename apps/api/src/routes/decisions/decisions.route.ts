import { decisionListQuerySchema } from '@hamgen/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { validate } from '../../lib/validate.ts';
import { isoToday, listDecisions } from './decisions.db.ts';

export const decisionsRoute = new Hono<AppEnv>().get('/', validate('query', decisionListQuerySchema), (c) => {
  return c.json(listDecisions(c.var.db, c.req.valid('query'), isoToday()));
});
