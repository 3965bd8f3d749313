// The one middleware on /api/* that decides access: it finds the route Hono matched, looks its
// method + pattern up in POLICY, loads the session from the cookie, and for every unsafe method
// of a signed-in user checks the X-CSRF-Token header. Handlers never re-decide who may call them.
import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from '../app-env.ts';
import { ApiError } from '../errors.ts';
import { requestOrigin } from '../request-info.ts';
import { logSecurityEvent } from '../security-log.ts';
import { loopbackOrToken } from './loopback-or-token.ts';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, accessFor, needsSession, roleAllows } from './policy.ts';
import { type AuthState, loadSession } from './session.ts';
import { clearSessionCookie, readSessionToken } from './session-cookie.ts';
import { csrfTokenMatches } from './tokens.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The pattern of the handler that will answer (not of a middleware, which Hono marks 'ALL'). */
export function handlerPattern(c: Context<AppEnv>, method: string): string | undefined {
  return matchedRoutes(c).find((r) => r.method === method)?.path;
}

/** `:id` of a pattern like /api/users/:id/password, read from the request path. */
function idParam(pattern: string | undefined, path: string): number | undefined {
  if (!pattern?.includes(':id')) return undefined;
  const source = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/:id\b/, '([^/]+)')
    .replace(/:\w+/g, '[^/]+');
  const value = new RegExp(`^${source}$`).exec(path)?.[1];
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

function currentAuth(c: Context<AppEnv>): AuthState | null {
  const token = readSessionToken(c);
  if (!token) return null;
  const auth = loadSession(c.get('db'), token, c.get('now')(), c.get('config'));
  // An expired or unknown cookie is dropped so the browser stops sending it.
  if (!auth) clearSessionCookie(c);
  return auth;
}

/** A refusal of the guard, logged (who was refused what) before it is answered. */
function refuse(c: Context<AppEnv>, status: 401 | 403, code: string, message: string): ApiError {
  logSecurityEvent(c, { event: 'refused', status, code, userId: c.get('auth')?.user.id ?? null });
  return new ApiError(status, code, message);
}

export const accessGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  // Hono answers HEAD with the GET handler.
  const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
  const pattern = handlerPattern(c, method);
  const access = accessFor(method, pattern);
  if (access === 'loopback-or-token') {
    if (!loopbackOrToken(c))
      throw new ApiError(403, 'metrics_forbidden', 'سنجه‌ها فقط از همین رایانه یا با نشانه دسترسی خوانده می‌شوند');
    return next();
  }
  const auth = currentAuth(c);
  c.set('auth', auth);

  if (access === 'deny') throw refuse(c, 403, 'forbidden', 'این درخواست برای هیچ نقشی مجاز نیست');
  if (!auth) {
    if (needsSession(access, c.get('config').publicRead)) {
      throw refuse(c, 401, 'unauthorized', 'برای این کار باید وارد شوید');
    }
  } else if (!roleAllows(access, auth.user.role, idParam(pattern, c.req.path) === auth.user.id)) {
    throw refuse(c, 403, 'forbidden', 'نقش شما اجازه این کار را ندارد');
  }
  if (auth && !SAFE_METHODS.has(c.req.method) && !csrfTokenMatches(auth.token, c.req.header('x-csrf-token'))) {
    throw refuse(
      c,
      403,
      'csrf_token_invalid',
      'نشانه امنیتی درخواست (CSRF) نادرست است یا فرستاده نشده؛ صفحه را دوباره بارگذاری کنید',
    );
  }
  if (auth?.user.mustChangePassword && !SAFE_METHODS.has(c.req.method)) {
    const allowed =
      ALLOWED_BEFORE_PASSWORD_CHANGE.has(`${method} ${pattern}`) &&
      (!pattern?.includes(':id') || idParam(pattern, c.req.path) === auth.user.id);
    if (!allowed) {
      throw new ApiError(
        403,
        'password_change_required',
        'گذرواژه شما موقت است؛ پیش از هر کار دیگری گذرواژه تازه‌ای برگزینید',
      );
    }
  }
  await next();
};

const originCheck = csrf({ origin: (origin, c) => origin === requestOrigin(c as Context<AppEnv>) });

/**
 * Hono's csrf(): a form, multipart or text/plain POST from another origin is refused before
 * anything else runs. Its bare 403 is turned into the API's Persian error shape.
 */
export const crossOriginGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  // csrf() lets safe methods through too; deciding that here spares a wrapper per read.
  if (SAFE_METHODS.has(c.req.method)) return next();
  try {
    await originCheck(c, next);
  } catch (err) {
    if (err instanceof HTTPException && err.status === 403) {
      throw refuse(c, 403, 'cross_origin', 'درخواست از نشانی دیگری فرستاده شده و پذیرفته نشد');
    }
    throw err;
  }
};
