import {
  deleteQuerySchema,
  idParamSchema,
  meetingCreateSchema,
  meetingListQuerySchema,
  meetingUpdateSchema,
} from '@hamgen/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { actorOf, auditedWrite } from '../../lib/audit.ts';
import { isoToday } from '../../lib/clock.ts';
import { ApiError } from '../../lib/errors.ts';
import { validate } from '../../lib/validate.ts';
import { recordDecisionStatus } from '../decisions/decision-history.db.ts';
import { attachmentsRoute } from './attachments.route.ts';
import { getMeeting, listMeetings } from './meetings.db.ts';
import { deleteMeeting, insertMeeting, updateMeeting } from './meetings-write.db.ts';

export const meetingsRoute = new Hono<AppEnv>()
  .get('/', validate('query', meetingListQuerySchema), (c) => {
    return c.json(listMeetings(c.var.db, c.req.valid('query')));
  })
  .get('/:id', validate('param', idParamSchema), (c) => {
    const detail = getMeeting(c.var.db, c.req.valid('param').id, isoToday(c.var.now()));
    if (!detail) throw new ApiError(404, 'not_found', 'جلسه‌ای با این شناسه پیدا نشد');
    return c.json(detail);
  })
  .post('/', validate('json', meetingCreateSchema), (c) => {
    const created = auditedWrite(c, (audit, db, nowIso) => {
      const result = insertMeeting(db, c.req.valid('json'), 'manual', nowIso);
      audit({ action: 'create', entity: 'meeting', entityId: result.meeting.id, after: result.meeting });
      for (const d of result.decisions) {
        recordDecisionStatus(db, { decisionId: d.id, status: d.status, note: null, at: nowIso }, actorOf(c));
        audit({ action: 'create', entity: 'decision', entityId: d.id, after: d });
      }
      return result;
    });
    return c.json(created, 201);
  })
  .patch('/:id', validate('param', idParamSchema), validate('json', meetingUpdateSchema), (c) => {
    const { id } = c.req.valid('param');
    const meeting = auditedWrite(c, (audit, db, nowIso) => {
      const { before, after } = updateMeeting(db, id, c.req.valid('json'), nowIso);
      audit({ action: 'update', entity: 'meeting', entityId: id, before, after });
      return after;
    });
    return c.json({ meeting });
  })
  .delete('/:id', validate('param', idParamSchema), validate('query', deleteQuerySchema), (c) => {
    const { id } = c.req.valid('param');
    auditedWrite(c, (audit, db) => {
      const before = deleteMeeting(db, id, c.req.valid('query').version);
      audit({ action: 'delete', entity: 'meeting', entityId: id, before });
    });
    return c.json({ deleted: true as const, id });
  })
  .route('/', attachmentsRoute);
