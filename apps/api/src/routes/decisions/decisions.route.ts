import {
  decisionCreateSchema,
  decisionListQuerySchema,
  decisionUpdateSchema,
  deleteQuerySchema,
  idParamSchema,
} from '@hamgen/shared';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { meetings } from '../../db/schema.ts';
import type { AppEnv } from '../../lib/app-env.ts';
import { actorOf, auditedWrite } from '../../lib/audit.ts';
import { isoToday } from '../../lib/clock.ts';
import { ApiError } from '../../lib/errors.ts';
import { validate } from '../../lib/validate.ts';
import { decisionHistory, recordDecisionStatus } from './decision-history.db.ts';
import { listDecisions, withLinks } from './decisions.db.ts';
import {
  DECISION_NOT_FOUND,
  deleteDecision,
  insertDecision,
  readDecision,
  updateDecision,
} from './decisions-write.db.ts';

const MEETING_NOT_FOUND = 'جلسه‌ای با این شناسه پیدا نشد';

export const decisionsRoute = new Hono<AppEnv>()
  .get('/', validate('query', decisionListQuerySchema), (c) => {
    return c.json(listDecisions(c.var.db, c.req.valid('query'), isoToday(c.var.now())));
  })
  // One decision with its version (for the edit form) and its follow-up history (for everyone).
  .get('/:id', validate('param', idParamSchema), (c) => {
    const record = readDecision(c.var.db, c.req.valid('param').id);
    if (!record) throw new ApiError(404, 'not_found', DECISION_NOT_FOUND);
    // The edit form needs the ids (provinceCodes, organizationIds) and the names (provinces, organizations).
    const [decision] = withLinks(c.var.db, [record]);
    return c.json({ decision, history: decisionHistory(c.var.db, record.id) });
  })
  .post('/', validate('json', decisionCreateSchema), (c) => {
    const { meetingId, ...input } = c.req.valid('json');
    const decision = auditedWrite(c, (audit, db, nowIso) => {
      if (!db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, meetingId)).get()) {
        throw new ApiError(400, 'invalid_json', MEETING_NOT_FOUND, [{ path: 'meetingId', message: MEETING_NOT_FOUND }]);
      }
      const row = insertDecision(db, meetingId, input, 'manual', nowIso);
      recordDecisionStatus(db, { decisionId: row.id, status: row.status, note: null, at: nowIso }, actorOf(c));
      audit({ action: 'create', entity: 'decision', entityId: row.id, after: row });
      return row;
    });
    return c.json({ decision }, 201);
  })
  .patch('/:id', validate('param', idParamSchema), validate('json', decisionUpdateSchema), (c) => {
    const { id } = c.req.valid('param');
    const update = c.req.valid('json');
    const decision = auditedWrite(c, (audit, db, nowIso) => {
      const { before, after, statusChanged } = updateDecision(db, id, update, nowIso);
      const action = statusChanged ? 'status_change' : 'update';
      if (statusChanged) {
        const entry = { decisionId: id, status: after.status, note: update.note ?? null, at: nowIso };
        recordDecisionStatus(db, entry, actorOf(c));
      }
      audit({ action, entity: 'decision', entityId: id, before, after, note: update.note ?? null });
      return after;
    });
    return c.json({ decision });
  })
  .delete('/:id', validate('param', idParamSchema), validate('query', deleteQuerySchema), (c) => {
    const { id } = c.req.valid('param');
    auditedWrite(c, (audit, db) => {
      const before = deleteDecision(db, id, c.req.valid('query').version);
      audit({ action: 'delete', entity: 'decision', entityId: id, before });
    });
    return c.json({ deleted: true as const, id });
  });
