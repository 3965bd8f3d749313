import {
  deleteQuerySchema,
  idParamSchema,
  organizationCreateSchema,
  organizationListQuerySchema,
  organizationUpdateSchema,
} from '@hamgen/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { auditedWrite } from '../../lib/audit.ts';
import { ApiError } from '../../lib/errors.ts';
import { validate } from '../../lib/validate.ts';
import { getOrganization, listOrganizations } from './organizations.db.ts';
import { deleteOrganization, insertOrganization, updateOrganization } from './organizations-write.db.ts';

export const organizationsRoute = new Hono<AppEnv>()
  .get('/', validate('query', organizationListQuerySchema), (c) => {
    return c.json(listOrganizations(c.var.db, c.req.valid('query')));
  })
  .get('/:id', validate('param', idParamSchema), (c) => {
    const organization = getOrganization(c.var.db, c.req.valid('param').id);
    if (!organization) throw new ApiError(404, 'not_found', 'تشکلی با این شناسه پیدا نشد');
    return c.json(organization);
  })
  .post('/', validate('json', organizationCreateSchema), (c) => {
    const organization = auditedWrite(c, (audit, db, nowIso) => {
      const row = insertOrganization(db, c.req.valid('json'), 'manual', nowIso);
      audit({ action: 'create', entity: 'organization', entityId: row.id, after: row });
      return row;
    });
    return c.json({ organization }, 201);
  })
  .patch('/:id', validate('param', idParamSchema), validate('json', organizationUpdateSchema), (c) => {
    const { id } = c.req.valid('param');
    const update = c.req.valid('json');
    const organization = auditedWrite(c, (audit, db, nowIso) => {
      const { before, after } = updateOrganization(db, id, update, nowIso);
      const action = after.status !== before.status ? 'status_change' : 'update';
      audit({ action, entity: 'organization', entityId: id, before, after, note: update.note ?? null });
      return after;
    });
    return c.json({ organization });
  })
  .delete('/:id', validate('param', idParamSchema), validate('query', deleteQuerySchema), (c) => {
    const { id } = c.req.valid('param');
    auditedWrite(c, (audit, db) => {
      const before = deleteOrganization(db, id, c.req.valid('query').version);
      audit({ action: 'delete', entity: 'organization', entityId: id, before });
    });
    return c.json({ deleted: true as const, id });
  });
