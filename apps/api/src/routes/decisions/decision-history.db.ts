// A decision's follow-up history: its status when recorded, then every change with its note.
// Readers see it with the decision (GET /api/decisions/:id); the audit log keeps the full rows.
import type { DecisionStatus } from '@hamgen/shared';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { decisionStatusHistory, users } from '../../db/schema.ts';
import type { Actor } from '../../lib/audit.ts';

export function recordDecisionStatus(
  db: Db,
  entry: { decisionId: number; status: DecisionStatus; note: string | null; at: string },
  actor: Pick<Actor, 'userId' | 'username'>,
): void {
  db.insert(decisionStatusHistory)
    .values({ ...entry, userId: actor.userId, username: actor.username })
    .run();
}

/** Oldest first; `user` is the account's display name (or its username) as it reads today. */
export function decisionHistory(db: Db, decisionId: number) {
  return db
    .select({
      at: decisionStatusHistory.at,
      status: decisionStatusHistory.status,
      note: decisionStatusHistory.note,
      user: sql<string | null>`coalesce(nullif(${users.displayName}, ''), ${decisionStatusHistory.username})`,
    })
    .from(decisionStatusHistory)
    .leftJoin(users, eq(users.id, decisionStatusHistory.userId))
    .where(eq(decisionStatusHistory.decisionId, decisionId))
    .orderBy(asc(decisionStatusHistory.at), asc(decisionStatusHistory.id))
    .all();
}
