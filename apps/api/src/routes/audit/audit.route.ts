// Reading the audit log (admin only). There is deliberately no route that changes or deletes an
// event: POLICY refuses every other method on /api/audit.
import { auditQuerySchema } from '@hamgen/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { isoToday } from '../../lib/clock.ts';
import { validate } from '../../lib/validate.ts';
import { auditEventsForExport, listAuditEvents } from './audit.db.ts';
import { auditCsv } from './audit-csv.ts';

/** An export is one auditor's file; past this many events, narrow the dates. */
export const MAX_AUDIT_EXPORT_ROWS = 50_000;

export const auditRoute = new Hono<AppEnv>()
  .get('/', validate('query', auditQuerySchema), (c) => c.json(listAuditEvents(c.var.db, c.req.valid('query'))))
  .get('/export.csv', validate('query', auditQuerySchema), (c) => {
    const rows = auditEventsForExport(c.var.db, c.req.valid('query'), MAX_AUDIT_EXPORT_ROWS);
    const day = isoToday(c.var.now());
    return c.body(auditCsv(rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="hamgen-audit-${day}.csv"`,
    });
  });
