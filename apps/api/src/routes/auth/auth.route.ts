// Login, logout and "who am I". The SPA reads `csrfToken` from /me (or the login answer) and
// sends it as X-CSRF-Token on every write; the session itself lives in an HttpOnly cookie.
import { loginSchema, toPersianDigits } from '@hamgen/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { actorOf, recordAudit } from '../../lib/audit.ts';
import { verifyPassword } from '../../lib/auth/passwords.ts';
import { attemptBlockedFor } from '../../lib/auth/rate-limit.ts';
import {
  type AuthState,
  createSession,
  deleteExpiredSessions,
  deleteSession,
  sessionLimits,
} from '../../lib/auth/session.ts';
import { clearSessionCookie, setSessionCookie } from '../../lib/auth/session-cookie.ts';
import { csrfTokenOf } from '../../lib/auth/tokens.ts';
import { ApiError } from '../../lib/errors.ts';
import { validate } from '../../lib/validate.ts';
import { findCredentials, markLogin } from '../users/users.db.ts';

const me = (auth: Pick<AuthState, 'user' | 'token'> | null) =>
  auth ? { user: auth.user, csrfToken: csrfTokenOf(auth.token) } : { user: null };

export const INVALID_CREDENTIALS = 'نام کاربری یا گذرواژه نادرست است';

export const authRoute = new Hono<AppEnv>()
  .get('/me', (c) => c.json(me(c.var.auth)))
  .post('/login', validate('json', loginSchema), async (c) => {
    const { username, password } = c.req.valid('json');
    const { db, config } = c.var;
    const actor = { ...actorOf(c), username };
    const wait = attemptBlockedFor(db, { action: 'login', username, ip: actor.ip }, c.var.now());
    if (wait > 0) {
      recordAudit(db, actor, c.var.now(), {
        action: 'login',
        entity: 'session',
        outcome: 'denied',
        note: 'rate_limited',
      });
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      throw new ApiError(
        429,
        'too_many_attempts',
        `ورودهای ناموفق بیش از حد بوده است؛ ${toPersianDigits(Math.ceil(wait / 60_000))} دقیقه دیگر دوباره تلاش کنید`,
      );
    }

    const account = findCredentials(db, { username });
    const valid = (await verifyPassword(account?.passwordHash ?? null, password)) && account && !account.disabled;
    if (!valid) {
      recordAudit(db, { ...actor, userId: account?.id ?? null }, c.var.now(), {
        action: 'login',
        entity: 'session',
        outcome: 'failure',
        note: account?.disabled ? 'disabled' : null,
      });
      throw new ApiError(401, 'invalid_credentials', INVALID_CREDENTIALS);
    }

    const now = c.var.now();
    const user = {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      mustChangePassword: account.mustChangePassword,
    };
    const token = db.$client
      .transaction(() => {
        // A fresh token at every login: a session id planted before login is worth nothing.
        if (c.var.auth) deleteSession(db, c.var.auth.sessionId);
        deleteExpiredSessions(db, now, config);
        const created = createSession(db, user.id, now, config, {
          ip: actor.ip,
          userAgent: c.req.header('user-agent') ?? null,
        });
        markLogin(db, user.id, new Date(now).toISOString());
        recordAudit(db, { ...actor, userId: user.id }, now, { action: 'login', entity: 'session', entityId: user.id });
        return created;
      })
      .immediate();
    setSessionCookie(c, token, sessionLimits(config).maxMs / 1000);
    return c.json({ user, csrfToken: csrfTokenOf(token) });
  })
  .post('/logout', (c) => {
    const { auth, db } = c.var;
    if (auth) {
      db.$client
        .transaction(() => {
          deleteSession(db, auth.sessionId);
          recordAudit(db, actorOf(c), c.var.now(), { action: 'logout', entity: 'session', entityId: auth.user.id });
        })
        .immediate();
    }
    clearSessionCookie(c);
    return c.json({ user: null });
  });
