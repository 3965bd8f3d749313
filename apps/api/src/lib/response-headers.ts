// The headers every answer carries: the fixed security headers of its kind (JSON or document,
// security-headers.ts), the request-dependent ones (transport-headers.ts) and X-Request-Id,
// decided in one place, `answerHeaders(c, contentType)`.
//
// An answer built by `readyAnswer` (the cached stats and search answers) carries them from the
// start, as a plain record: @hono/node-server then hands that record to `writeHead` as it is, and
// no Headers object is ever built for it (building one, or editing `c.res.headers` after the
// handler, costs more per request than the rest of a cache hit). Every other answer — Hono's
// `c.json`, errors, static files, index.html — gets them in the one pass after `next()` below.
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';
import { DATA_SECURITY_HEADERS, isJsonType, SECURITY_HEADERS } from './security-headers.ts';
import { transportHeaders } from './transport-headers.ts';

const DOCUMENT_RECORD: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(SECURITY_HEADERS));
const DATA_RECORD: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(DATA_SECURITY_HEADERS));

/** Answers that already carry `answerHeaders`: the pass after the handler leaves them alone. */
const complete = new WeakSet<Response>();

/** Every header this request's answer of `contentType` must carry, as a fresh plain record. */
export function answerHeaders(c: Context<AppEnv>, contentType: string | null): Record<string, string> {
  const security = isJsonType(contentType) ? DATA_RECORD : DOCUMENT_RECORD;
  const headers: Record<string, string> = { ...security, 'X-Request-Id': c.get('requestId') };
  for (const [name, value] of transportHeaders(c)) headers[name] = value;
  return headers;
}

/**
 * A finished 200 answer whose bytes are ready (UTF-8 already encoded): the headers are decided
 * now, with its type and length, so nothing edits it afterwards.
 */
export function readyAnswer(
  c: Context<AppEnv>,
  body: Uint8Array,
  contentType: string,
  /** The same bytes gzipped, for a client that accepts them (large answers only). */
  gzipped?: () => Uint8Array,
  /** Headers of this kind of answer (the page's Cache-Control). */
  extra: Record<string, string> = {},
): Response {
  const headers = answerHeaders(c, contentType);
  Object.assign(headers, extra);
  headers['Content-Type'] = contentType;
  if (gzipped) {
    headers.Vary = 'Accept-Encoding';
    if (acceptsGzip(c.req.header('accept-encoding'))) {
      body = gzipped();
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = String(body.byteLength);
  // Node's Buffers are typed over ArrayBufferLike, which the DOM's BodyInit (the web app's
  // typecheck reads this file through AppType) does not accept; a Buffer is a valid body.
  const res = new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
  complete.add(res);
  return res;
}

/** `gzip` listed and not refused with q=0 (RFC 9110 §12.5.3); every browser sends it. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (coding !== 'gzip') continue;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

export const responseHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (complete.has(c.res)) return;
  const headers = c.res.headers;
  for (const [name, value] of Object.entries(answerHeaders(c, headers.get('content-type')))) headers.set(name, value);
};
