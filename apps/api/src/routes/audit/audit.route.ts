// Reading the audit log (admin only). There is deliberately no route that changes or deletes an
// event: POLICY refuses every other method on /api/audit.
import { auditQuerySchema } from '@hamgen/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { validate } from '../../lib/validate.ts';
import { listAuditEvents } from './audit.db.ts';

export const auditRoute = new Hono<AppEnv>().get('/', validate('query', auditQuerySchema), (c) =>
  c.json(listAuditEvents(c.var.db, c.req.valid('query'))),
);
