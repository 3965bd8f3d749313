import { type AuditQuery, DEFAULT_PAGE_SIZE } from '@hamgen/shared';
import { and, count, desc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditEvents } from '../../db/schema.ts';

/** The day after an ISO date: `to` includes its whole day. */
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** `user` is a username, `entity` and `action` are exact, `from`/`to` are UTC days (both included). */
function auditWhere(query: Omit<AuditQuery, 'page' | 'pageSize'>) {
  return and(
    query.entity ? eq(auditEvents.entity, query.entity) : undefined,
    query.user ? eq(auditEvents.username, query.user) : undefined,
    query.action ? eq(auditEvents.action, query.action) : undefined,
    query.from ? gte(auditEvents.at, query.from) : undefined,
    query.to ? lt(auditEvents.at, nextDay(query.to)) : undefined,
  );
}

/** Newest first. */
export function listAuditEvents(db: Db, query: AuditQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const where = auditWhere(query);
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

/** The newest `limit` events of a filter, for the CSV export (an auditor's file, not a backup). */
export function auditEventsForExport(db: Db, query: AuditQuery, limit: number) {
  return db.select().from(auditEvents).where(auditWhere(query)).orderBy(desc(auditEvents.id)).limit(limit).all();
}
