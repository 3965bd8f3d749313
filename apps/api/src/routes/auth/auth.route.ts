// Login, logout and "who am I". The SPA reads `csrfToken` from /me (or the login answer) and
// sends it as X-CSRF-Token on every write; the session itself lives in an HttpOnly cookie.
import { loginSchema, toPersianDigits } from '@hamgen/shared';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../lib/app-env.ts';
import { type Actor, actorOf, recordAudit } from '../../lib/audit.ts';
import {
  FAILURE_WINDOW_MS,
  reserveLoginAttempt,
  settleLoginAttempt,
  type ThrottleScope,
} from '../../lib/auth/login-throttle.ts';
import { verifyPassword } from '../../lib/auth/passwords.ts';
import {
  type AuthState,
  createSession,
  deleteExpiredSessions,
  deleteSession,
  sessionLimits,
} from '../../lib/auth/session.ts';
import { clearSessionCookie, setSessionCookie } from '../../lib/auth/session-cookie.ts';
import { csrfTokenOf } from '../../lib/auth/tokens.ts';
import { ApiError, tooManyRequests } from '../../lib/errors.ts';
import { logSecurityEvent } from '../../lib/security-log.ts';
import { validate } from '../../lib/validate.ts';
import { findCredentials, markLogin } from '../users/users.db.ts';

const me = (auth: Pick<AuthState, 'user' | 'token'> | null) =>
  auth ? { user: auth.user, csrfToken: csrfTokenOf(auth.token) } : { user: null };

export const INVALID_CREDENTIALS = 'نام کاربری یا گذرواژه نادرست است';

/**
 * The 429 of a throttled sign-in, which costs no hash. The audit log gets one 'denied' row per
 * block (per account and address, or per address when spraying), not one per refused request.
 */
function throttled(c: Context<AppEnv>, actor: Actor, block: { scope: ThrottleScope; retryAfterMs: number }): never {
  const { db } = c.var;
  const now = c.var.now();
  const note = block.scope === 'address' ? 'rate_limited_address' : 'rate_limited';
  const since = new Date(now - FAILURE_WINDOW_MS).toISOString();
  const logged = db.$client
    .prepare(
      `SELECT 1 FROM audit_events WHERE action = 'login' AND outcome = 'denied' AND note = @note AND ip IS @ip
         AND (@note = 'rate_limited_address' OR username = @username) AND at > @since LIMIT 1`,
    )
    .get({ note, ip: actor.ip, username: actor.username, since });
  if (!logged) recordAudit(db, actor, now, { action: 'login', entity: 'session', outcome: 'denied', note });
  logSecurityEvent(c, { event: 'login_throttled', scope: block.scope, username: actor.username });
  const minutes = toPersianDigits(Math.ceil(block.retryAfterMs / 60_000));
  throw tooManyRequests(
    'too_many_attempts',
    `ورودهای ناموفق بیش از حد بوده است؛ ${minutes} دقیقه دیگر دوباره تلاش کنید`,
    block.retryAfterMs,
  );
}

export const authRoute = new Hono<AppEnv>()
  .get('/me', (c) => c.json(me(c.var.auth)))
  .post('/login', validate('json', loginSchema), async (c) => {
    const { username, password } = c.req.valid('json');
    const { db, config } = c.var;
    const actor = { ...actorOf(c), username };
    const reservation = reserveLoginAttempt(db, { username, ip: actor.ip }, c.var.now());
    if (!('id' in reservation)) throttled(c, actor, reservation);

    const account = findCredentials(db, { username });
    let valid: boolean;
    try {
      valid = (await verifyPassword(account?.passwordHash ?? null, password)) && !!account && !account.disabled;
    } catch (err) {
      // The check never ran (too many at once): the reservation is withdrawn, not counted.
      settleLoginAttempt(db, reservation.id, null);
      throw err;
    }
    if (!valid || !account) {
      settleLoginAttempt(db, reservation.id, 'failure');
      recordAudit(db, { ...actor, userId: account?.id ?? null }, c.var.now(), {
        action: 'login',
        entity: 'session',
        outcome: 'failure',
        note: account?.disabled ? 'disabled' : null,
      });
      logSecurityEvent(c, { event: 'login_failed', username });
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
        settleLoginAttempt(db, reservation.id, 'success');
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
