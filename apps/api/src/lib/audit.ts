// The audit log: who did what to which record, with the record before and after. Writes go
// through `auditedWrite`, so the change and its audit row commit in one transaction or not at
// all, and the stats cache is dropped as soon as the change is visible.
import type { Context } from 'hono';
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema.ts';
import type { AppEnv } from './app-env.ts';
import { clientIp } from './request-info.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  note?: string | null;
  outcome?: 'success' | 'failure' | 'denied';
}

export interface Actor {
  userId: number | null;
  username: string | null;
  requestId: string | null;
  ip: string | null;
}

export function actorOf(c: Context<AppEnv>): Actor {
  const user = c.var.auth?.user;
  return {
    userId: user?.id ?? null,
    username: user?.username ?? null,
    requestId: c.var.requestId ?? null,
    ip: clientIp(c),
  };
}

export function recordAudit(db: Db, actor: Actor, now: number, entry: AuditEntry): void {
  db.insert(auditEvents)
    .values({
      at: new Date(now).toISOString(),
      userId: actor.userId,
      username: actor.username,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      before: entry.before ?? null,
      after: entry.after ?? null,
      note: entry.note ?? null,
      requestId: actor.requestId,
      ip: actor.ip,
      outcome: entry.outcome ?? 'success',
    })
    .run();
}

export type Audit = (entry: AuditEntry) => void;

/**
 * Runs a synchronous write and its audit rows in one IMMEDIATE transaction (it takes the write
 * lock up front, so a version read inside cannot be overtaken by another process), then drops
 * the stats cache. A throw inside rolls everything back, audit rows included.
 */
export function auditedWrite<T>(c: Context<AppEnv>, write: (audit: Audit, db: Db, nowIso: string) => T): T {
  const { db } = c.var;
  const actor = actorOf(c);
  const now = c.var.now();
  const result = db.$client
    .transaction(() => write((entry) => recordAudit(db, actor, now, entry), db, new Date(now).toISOString()))
    .immediate();
  c.var.cache.invalidate();
  return result;
}
