// Request bodies are capped before anything reads them, so an oversized post is a Persian 413,
// not a memory spike or a 500. The upload routes (import, attachments) set their own, larger caps.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env.ts';
import { ApiError } from './errors.ts';

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

const jsonLimit = bodyLimit({
  maxSize: MAX_JSON_BODY_BYTES,
  onError: () => {
    throw new ApiError(413, 'payload_too_large', 'حجم درخواست بیش از ۱ مگابایت است');
  },
});

/** Methods that never carry a body here; bodyLimit would build a full Request just to see that. */
const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Upload routes that set their own, larger cap on the route itself. */
const OWN_LIMIT = [/^\/api\/import\//, /^\/api\/meetings\/[^/]+\/attachments$/];

export const jsonBodyLimit: MiddlewareHandler<AppEnv> = (c, next) =>
  BODYLESS.has(c.req.method) || OWN_LIMIT.some((path) => path.test(c.req.path)) ? next() : jsonLimit(c, next);
