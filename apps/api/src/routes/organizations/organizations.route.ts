import { idParamSchema, organizationListQuerySchema } from '@hamgen/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { ApiError } from '../../lib/errors.ts';
import { validate } from '../../lib/validate.ts';
import { getOrganization, listOrganizations } from './organizations.db.ts';

export const organizationsRoute = new Hono<AppEnv>()
  .get('/', validate('query', organizationListQuerySchema), (c) => {
    return c.json(listOrganizations(c.var.db, c.req.valid('query')));
  })
  .get('/:id', validate('param', idParamSchema), (c) => {
    const organization = getOrganization(c.var.db, c.req.valid('param').id);
    if (!organization) throw new ApiError(404, 'not_found', 'تشکلی با این شناسه پیدا نشد');
    return c.json(organization);
  });
