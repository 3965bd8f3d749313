// One error shape for the whole API: `{ error: { code, message } }` with a Persian message and
// a 4xx for anything the client did wrong. No stack trace ever reaches a response.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: ErrorBody['error']['issues'],
  ) {
    super(status, { message });
  }

  /** Seconds a 429 or 503 asks the client to wait, sent as Retry-After. */
  retryAfter?: number;
}

/** A 429 with Retry-After (whole seconds, at least one) and a Persian message. */
export function tooManyRequests(code: string, message: string, retryAfterMs: number): ApiError {
  const err = new ApiError(429, code, message);
  err.retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return err;
}

/** Persian messages for statuses that middleware (csrf, bodyLimit…) raises on its own. */
const STATUS_MESSAGES: Record<number, [string, string]> = {
  400: ['bad_request', 'درخواست نامعتبر است'],
  401: ['unauthorized', 'برای این کار باید وارد شوید'],
  403: ['forbidden', 'اجازه این کار را ندارید'],
  404: ['not_found', 'موردی با این نشانی پیدا نشد'],
  405: ['method_not_allowed', 'این روش درخواست پشتیبانی نمی‌شود'],
  413: ['payload_too_large', 'حجم درخواست بیش از حد مجاز است'],
  415: ['unsupported_media_type', 'نوع محتوای درخواست پشتیبانی نمی‌شود'],
  429: ['too_many_requests', 'تعداد درخواست‌ها بیش از حد مجاز است؛ کمی بعد دوباره تلاش کنید'],
};

export function errorJson(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  issues?: ErrorBody['error']['issues'],
) {
  const body: ErrorBody = { error: issues ? { code, message, issues } : { code, message } };
  return c.json(body, status);
}

export const onError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) {
    if (err.retryAfter) c.header('Retry-After', String(err.retryAfter));
    return errorJson(c, err.status, err.code, err.message, err.issues);
  }
  if (err instanceof HTTPException) {
    const [code, message] = STATUS_MESSAGES[err.status] ?? ['error', 'درخواست انجام نشد'];
    const res = errorJson(c, err.status, code, message);
    // Keep headers the middleware set (e.g. WWW-Authenticate, Retry-After).
    err.getResponse().headers.forEach((value, key) => {
      if (key !== 'content-type' && key !== 'content-length') res.headers.set(key, value);
    });
    return res;
  }
  // The request log (request-log.ts) writes the stack with the request id; the answer has neither.
  return errorJson(c, 500, 'internal_error', 'خطای داخلی سرور؛ لطفاً دوباره تلاش کنید');
};

export const onNotFound: NotFoundHandler = (c) => errorJson(c, 404, 'not_found', 'موردی با این نشانی پیدا نشد');
