import { type AuditQuery, DEFAULT_PAGE_SIZE } from '@hamgen/shared';
import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditEvents } from '../../db/schema.ts';

/** Newest first; `user` is a username, `entity` and `action` are exact. */
export function listAuditEvents(db: Db, query: AuditQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const where = and(
    query.entity ? eq(auditEvents.entity, query.entity) : undefined,
    query.user ? eq(auditEvents.username, query.user) : undefined,
    query.action ? eq(auditEvents.action, query.action) : undefined,
  );
  const rows = db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const total = db.select({ n: count() }).from(auditEvents).where(where).get()?.n ?? 0;
  return { rows, total, page, pageSize };
}
