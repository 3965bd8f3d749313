// Creating accounts and setting passwords, shared by the users routes, the CLI and the first
// start of a new database. Hashing is asynchronous, so it runs before the (synchronous)
// transaction that stores the account and its audit row.
import type { UserRole } from '@hamgen/shared';
import type { Db } from '../../db/client.ts';
import { type Actor, recordAudit } from '../../lib/audit.ts';
import { generatePassword, hashPassword } from '../../lib/auth/passwords.ts';
import { deleteUserSessions } from '../../lib/auth/session.ts';
import { countUsers, insertUser, type PublicUser, setPasswordHash } from './users.db.ts';

export interface NewAccount {
  username: string;
  displayName?: string;
  role: UserRole;
  /** Left out: one is generated and returned once. */
  password?: string;
}

export async function createAccount(
  db: Db,
  account: NewAccount,
  actor: Actor,
  now = Date.now(),
): Promise<{ user: PublicUser; generatedPassword: string | null }> {
  const generatedPassword = account.password ? null : generatePassword();
  const passwordHash = await hashPassword(account.password ?? (generatedPassword as string));
  const nowIso = new Date(now).toISOString();
  const user = db.$client
    .transaction(() => {
      const created = insertUser(
        db,
        {
          username: account.username,
          displayName: account.displayName ?? '',
          role: account.role,
          passwordHash,
          // A generated password has been seen by whoever printed it: its owner must replace it.
          mustChangePassword: generatedPassword !== null,
        },
        nowIso,
      );
      recordAudit(db, actor, now, { action: 'create', entity: 'user', entityId: created.id, after: created });
      return created;
    })
    .immediate();
  return { user, generatedPassword };
}

/** Sets a password and ends the user's other sessions (a stolen session must not outlive it). */
export async function changePassword(
  db: Db,
  target: { id: number; username: string },
  password: string,
  actor: Actor,
  options: { now?: number; keepSessionId?: string; note: string; mustChange: boolean },
): Promise<void> {
  const passwordHash = await hashPassword(password);
  const now = options.now ?? Date.now();
  db.$client
    .transaction(() => {
      setPasswordHash(db, target.id, passwordHash, new Date(now).toISOString(), options.mustChange);
      deleteUserSessions(db, target.id, options.keepSessionId);
      recordAudit(db, actor, now, {
        action: 'password_change',
        entity: 'user',
        entityId: target.id,
        note: options.note,
      });
    })
    .immediate();
}

export const SYSTEM_ACTOR: Actor = { userId: null, username: 'system', requestId: null, ip: null };

/**
 * The first start of a database with no accounts creates `admin` with a generated password and
 * returns it to be printed once. Later starts find an account and return null: no default
 * password ever exists.
 */
export async function ensureInitialAdmin(db: Db): Promise<string | null> {
  if (countUsers(db) > 0) return null;
  try {
    const { generatedPassword } = await createAccount(
      db,
      { username: 'admin', displayName: 'مدیر سامانه', role: 'admin' },
      SYSTEM_ACTOR,
    );
    return generatedPassword;
  } catch {
    // Another instance starting on the same new file created it first.
    return null;
  }
}
