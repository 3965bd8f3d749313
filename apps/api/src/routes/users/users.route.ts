// Accounts and roles (admin only, see POLICY), and passwords: an admin resets anyone's (the new
// one must be changed at its next sign-in), a user changes their own with the current one.
// Accounts are disabled, never deleted; an admin sees and ends a user's sessions.
import { idParamSchema, passwordChangeSchema, userCreateSchema, userUpdateSchema } from '@hamgen/shared';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { actorOf, auditedWrite, recordAudit } from '../../lib/audit.ts';
import { generatePassword, verifyPassword } from '../../lib/auth/passwords.ts';
import { attemptBlockedFor } from '../../lib/auth/rate-limit.ts';
import { deleteUserSessions, listUserSessions } from '../../lib/auth/session.ts';
import { ApiError } from '../../lib/errors.ts';
import { validate } from '../../lib/validate.ts';
import { expectVersion } from '../../lib/versioned.ts';
import { changePassword, createAccount } from './accounts.ts';
import { findCredentials, findUser, listUsers, otherActiveAdmins, updateUser } from './users.db.ts';

const NOT_FOUND = 'کاربری با این شناسه پیدا نشد';
const LAST_ADMIN = 'دست‌کم یک مدیر فعال باید بماند؛ نخست مدیر دیگری تعیین کنید';
const WRONG_PASSWORD = 'گذرواژه فعلی نادرست است';

/** The guard has already required a session on these routes; this narrows the type. */
function signedIn(c: Context<AppEnv>) {
  if (!c.var.auth) throw new ApiError(401, 'unauthorized', 'برای این کار باید وارد شوید');
  return c.var.auth;
}

export const usersRoute = new Hono<AppEnv>()
  .get('/', (c) => c.json({ rows: listUsers(c.var.db) }))
  .post('/', validate('json', userCreateSchema), async (c) => {
    // generatedPassword: the one time a generated password is shown; null when the admin chose one.
    const result = await createAccount(c.var.db, c.req.valid('json'), actorOf(c), c.var.now());
    return c.json(result, 201);
  })
  .patch('/:id', validate('param', idParamSchema), validate('json', userUpdateSchema), (c) => {
    const { id } = c.req.valid('param');
    const { version, ...patch } = c.req.valid('json');
    const user = auditedWrite(c, (audit, db, nowIso) => {
      const before = expectVersion(findUser(db, id), version, NOT_FOUND);
      const losesAdmin =
        before.role === 'admin' && ((patch.role !== undefined && patch.role !== 'admin') || patch.disabled);
      if (losesAdmin && !before.disabled && otherActiveAdmins(db, id) === 0) {
        throw new ApiError(409, 'last_admin', LAST_ADMIN);
      }
      const after = updateUser(db, id, patch, nowIso);
      if (after.disabled) deleteUserSessions(db, id);
      audit({ action: 'update', entity: 'user', entityId: id, before, after });
      return after;
    });
    return c.json({ user });
  })
  .post('/:id/password', validate('param', idParamSchema), validate('json', passwordChangeSchema), async (c) => {
    const auth = signedIn(c);
    const { id } = c.req.valid('param');
    const { currentPassword, newPassword } = c.req.valid('json');
    const { db } = c.var;
    const target = findCredentials(db, { id });
    if (!target) throw new ApiError(404, 'not_found', NOT_FOUND);
    const self = target.id === auth.user.id;
    if (self) {
      // Even a signed-in user's own password is guarded against guessing (a stolen session).
      const attempt = { action: 'password_change', username: target.username, ip: actorOf(c).ip };
      if (attemptBlockedFor(db, attempt, c.var.now()) > 0) {
        throw new ApiError(429, 'too_many_attempts', 'تلاش‌های ناموفق بیش از حد بوده است؛ کمی بعد دوباره تلاش کنید');
      }
      if (!currentPassword || !(await verifyPassword(target.passwordHash, currentPassword))) {
        recordAudit(db, actorOf(c), c.var.now(), {
          action: 'password_change',
          entity: 'user',
          entityId: id,
          outcome: 'failure',
        });
        throw new ApiError(400, 'wrong_password', WRONG_PASSWORD, [
          { path: 'currentPassword', message: WRONG_PASSWORD },
        ]);
      }
    }
    await changePassword(db, target, newPassword, actorOf(c), {
      now: c.var.now(),
      keepSessionId: self ? auth.sessionId : undefined,
      note: self ? 'own' : 'reset_by_admin',
      mustChange: !self,
    });
    c.var.cache.invalidate();
    return c.json({ ok: true as const });
  })
  // A one-time password made by the server, shown to the admin once; its owner must replace it.
  .post('/:id/password-reset', validate('param', idParamSchema), async (c) => {
    const target = findUser(c.var.db, c.req.valid('param').id);
    if (!target) throw new ApiError(404, 'not_found', NOT_FOUND);
    const generatedPassword = generatePassword();
    await changePassword(c.var.db, target, generatedPassword, actorOf(c), {
      now: c.var.now(),
      note: 'reset_by_admin',
      mustChange: true,
    });
    return c.json({ generatedPassword, mustChangePassword: true as const });
  })
  .get('/:id/sessions', validate('param', idParamSchema), (c) => {
    const { id } = c.req.valid('param');
    if (!findUser(c.var.db, id)) throw new ApiError(404, 'not_found', NOT_FOUND);
    const { db, config, auth } = c.var;
    return c.json({ rows: listUserSessions(db, id, c.var.now(), config, auth?.sessionId) });
  })
  .delete('/:id/sessions', validate('param', idParamSchema), (c) => {
    const { id } = c.req.valid('param');
    const ended = auditedWrite(c, (audit, db) => {
      if (!findUser(db, id)) throw new ApiError(404, 'not_found', NOT_FOUND);
      // The admin's own current session survives ending their other ones.
      const keep = id === c.var.auth?.user.id ? c.var.auth.sessionId : undefined;
      const n = deleteUserSessions(db, id, keep);
      audit({ action: 'sessions_end', entity: 'user', entityId: id, note: String(n) });
      return n;
    });
    return c.json({ ended });
  });
