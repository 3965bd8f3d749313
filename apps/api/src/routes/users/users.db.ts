// Accounts as plain functions of (db, args), shared by the users routes, login and the CLI.
import type { UserRole } from '@hamgen/shared';
import { and, asc, count, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema.ts';
import { ApiError } from '../../lib/errors.ts';
import { nextVersion } from '../../lib/versioned.ts';

/** Everything about a user except the password hash. */
export const publicUserColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  disabled: users.disabled,
  lastLoginAt: users.lastLoginAt,
  passwordChangedAt: users.passwordChangedAt,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  version: users.version,
};

export type PublicUser = NonNullable<ReturnType<typeof findUser>>;

export function listUsers(db: Db) {
  return db.select(publicUserColumns).from(users).orderBy(asc(users.username)).all();
}

export function findUser(db: Db, id: number) {
  return db.select(publicUserColumns).from(users).where(eq(users.id, id)).get();
}

/** With the hash: only login and password changes read it. */
export function findCredentials(db: Db, where: { username: string } | { id: number }) {
  return db
    .select({ ...publicUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where('id' in where ? eq(users.id, where.id) : eq(users.username, where.username))
    .get();
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export const USERNAME_TAKEN = 'این نام کاربری پیش‌تر ثبت شده است';

export function insertUser(
  db: Db,
  input: { username: string; displayName: string; role: UserRole; passwordHash: string; mustChangePassword: boolean },
  nowIso: string,
): PublicUser {
  const taken = db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get();
  if (taken) throw new ApiError(409, 'username_taken', USERNAME_TAKEN, [{ path: 'username', message: USERNAME_TAKEN }]);
  const [row] = db
    .insert(users)
    .values({ ...input, createdAt: nowIso, updatedAt: nowIso, passwordChangedAt: nowIso })
    .returning(publicUserColumns)
    .all();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export function updateUser(
  db: Db,
  id: number,
  patch: { displayName?: string; role?: UserRole; disabled?: boolean },
  nowIso: string,
): PublicUser {
  const [row] = db
    .update(users)
    .set({ ...patch, updatedAt: nowIso, version: nextVersion(users) })
    .where(eq(users.id, id))
    .returning(publicUserColumns)
    .all();
  if (!row) throw new ApiError(404, 'not_found', 'کاربری با این شناسه پیدا نشد');
  return row;
}

/** `mustChange`: a password someone else saw (generated, reset by an admin) must be replaced at once. */
export function setPasswordHash(db: Db, id: number, passwordHash: string, nowIso: string, mustChange: boolean): void {
  db.update(users)
    .set({
      passwordHash,
      mustChangePassword: mustChange,
      passwordChangedAt: nowIso,
      updatedAt: nowIso,
      version: nextVersion(users),
    })
    .where(eq(users.id, id))
    .run();
}

export function markLogin(db: Db, id: number, nowIso: string): void {
  db.update(users).set({ lastLoginAt: nowIso }).where(eq(users.id, id)).run();
}

/** Active admins other than `exceptId`: the last one may not be demoted or disabled. */
export function otherActiveAdmins(db: Db, exceptId: number): number {
  return (
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.disabled, false), ne(users.id, exceptId)))
      .get()?.n ?? 0
  );
}
