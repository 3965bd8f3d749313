import { idParamSchema, meetingListQuerySchema } from '@hamgen/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { ApiError } from '../../lib/errors.ts';
import { validate } from '../../lib/validate.ts';
import { isoToday } from '../decisions/decisions.db.ts';
import { getMeeting, listMeetings } from './meetings.db.ts';

export const meetingsRoute = new Hono<AppEnv>()
  .get('/', validate('query', meetingListQuerySchema), (c) => {
    return c.json(listMeetings(c.var.db, c.req.valid('query')));
  })
  .get('/:id', validate('param', idParamSchema), (c) => {
    const detail = getMeeting(c.var.db, c.req.valid('param').id, isoToday());
    if (!detail) throw new ApiError(404, 'not_found', 'جلسه‌ای با این شناسه پیدا نشد');
    return c.json(detail);
  });
