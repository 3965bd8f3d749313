// Server-side sessions: created at login, found by the hash of the cookie's token, ended by
// logout, by idle time (sliding) or by absolute age. Times come from the app's clock.
import type { UserRole } from '@hamgen/shared';
import { and, eq, lte, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { sessions, users } from '../../db/schema.ts';
import type { Config } from '../config.ts';
import { newSessionToken, sessionIdOf } from './tokens.ts';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: UserRole;
  /** A generated or reset password: nothing may be written until its owner chooses a new one. */
  mustChangePassword: boolean;
}

export interface AuthState {
  user: SessionUser;
  sessionId: string;
  /** The cookie's raw token, kept only for the length of the request (it derives the CSRF token). */
  token: string;
}

/** The sliding refresh is written at most once a minute, so reading does not turn into writing. */
const TOUCH_INTERVAL_MS = 60_000;

export const sessionLimits = (config: Config) => ({
  idleMs: config.sessionIdleMinutes * 60_000,
  maxMs: config.sessionMaxHours * 3_600_000,
});

export function createSession(
  db: Db,
  userId: number,
  now: number,
  config: Config,
  meta: { ip: string | null; userAgent: string | null },
): string {
  const token = newSessionToken();
  db.insert(sessions)
    .values({
      id: sessionIdOf(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now + sessionLimits(config).maxMs,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .run();
  return token;
}

/** The session of a cookie token, or null when unknown, expired (then deleted) or its user is disabled. */
export function loadSession(db: Db, token: string, now: number, config: Config): AuthState | null {
  const id = sessionIdOf(token);
  const row = db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        role: users.role,
        mustChangePassword: users.mustChangePassword,
      },
      disabled: users.disabled,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .get();
  if (!row) return null;
  const { idleMs } = sessionLimits(config);
  if (row.disabled || now >= row.expiresAt || now - row.lastSeenAt >= idleMs) {
    deleteSession(db, id);
    return null;
  }
  if (now - row.lastSeenAt >= TOUCH_INTERVAL_MS) {
    db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)).run();
  }
  return { user: row.user, sessionId: id, token };
}

/** Sessions that ended on their own are removed at the next login, so the table stays small. */
export function deleteExpiredSessions(db: Db, now: number, config: Config): void {
  const { idleMs } = sessionLimits(config);
  db.delete(sessions)
    .where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, now - idleMs)))
    .run();
}

export function deleteSession(db: Db, sessionId: string): void {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** Ends every session of a user (disabled, password changed), optionally keeping the current one. */
/** A user's live sessions for an admin to see: never the id (a hash of the cookie), only a short tag. */
export function listUserSessions(db: Db, userId: number, now: number, config: Config, currentId?: string) {
  const { idleMs } = sessionLimits(config);
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .all()
    .filter((s) => now < s.expiresAt && now - s.lastSeenAt < idleMs)
    .sort((a, b) => b.lastSeenAt - a.lastSeenAt)
    .map(({ id, ...s }) => ({ ...s, tag: id.slice(0, 8), current: id === currentId }));
}

export function deleteUserSessions(db: Db, userId: number, keepSessionId?: string): number {
  return db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keepSessionId ? ne(sessions.id, keepSessionId) : undefined))
    .run().changes;
}
