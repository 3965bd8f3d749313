// One JSON log line and one metrics sample per request: request id, method, the route pattern
// Hono matched (not the raw URL: no query strings with search terms in the log), status,
// duration, the signed-in user and the bytes sent. A failed request adds its error: the code of
// a refusal (why a 4xx happened), the stack of a 5xx — in the log only, never in the answer.
//
// Behind @hono/node-server the line is written when the answer has left (the response closed),
// so the duration is the client's, and `bytes` is what the socket wrote for this answer (status
// line, headers and body). node-server writes its headers in one writeHead call, so there is no
// Content-Length to read back; counting the socket's bytes keeps us off its fast path for
// ready-made bodies, which reading or rebuilding the response here would leave. In-process
// requests (tests) have no socket: their size is the Content-Length header when there is one.
import type { Socket } from 'node:net';
import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './app-env.ts';
import { handlerPattern } from './auth/guard.ts';
import { ApiError } from './errors.ts';
import { type AccessFields, type Logger, writeAccessLine } from './logger.ts';
import type { Metrics } from './metrics.ts';

/** Requests no route answered are counted under one label, so odd URLs cannot grow the metrics. */
export const UNMATCHED = '(unmatched)';

/** bytesWritten of a keep-alive socket when its previous answer ended. */
const writtenBefore = new WeakMap<Socket, number>();

export function bytesOfAnswer(socket: Socket | null | undefined): number | null {
  if (!socket) return null;
  const total = socket.bytesWritten;
  const before = writtenBefore.get(socket) ?? 0;
  writtenBefore.set(socket, total);
  return total - before;
}

export function requestLog(logger: Logger, metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    metrics.inFlight.inc();
    await next();
    const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
    // Captured now: node-server's response lets go of its socket when it finishes.
    const socket = outgoing?.socket;
    const finish = () => {
      metrics.inFlight.dec();
      const method = c.req.method;
      const route = handlerPattern(c, method === 'HEAD' ? 'GET' : method) ?? UNMATCHED;
      const status = c.res.status;
      const ms = performance.now() - started;
      const length = outgoing ? bytesOfAnswer(socket) : c.res.headers.get('content-length');
      const bytes = length === undefined || length === null ? null : Number(length);
      const userId = c.get('auth')?.user.id ?? null;
      recordAnswer(logger, metrics, { reqId: c.get('requestId'), method, route, status, ms, userId, bytes }, c.error);
    };
    if (outgoing && !outgoing.writableFinished) outgoing.once('close', finish);
    else finish();
  };
}

/** The access line and the metrics sample of one answer: the Hono path and the answer door alike. */
export function recordAnswer(logger: Logger, metrics: Metrics, facts: AccessFields, err?: unknown): void {
  metrics.observeRequest(facts.method, facts.route, facts.status, facts.ms / 1000);
  const line = { ...facts, ms: Math.round(facts.ms * 10) / 10 };
  if (err && facts.status >= 500) logger.error({ ...line, err }, 'request failed');
  else if (err instanceof ApiError) logger.info({ ...line, error: err.code }, 'request');
  else if (err instanceof HTTPException) logger.info({ ...line, error: err.status }, 'request');
  else writeAccessLine(logger, line);
}
