// Refusals worth a look — refused authorizations, CSRF and cross-origin failures, throttled
// sign-ins, rate limits, wrong Hosts — as one warn line each in the process log, with the request
// id that the audit log and the answer carry. The sink is swappable so a test can read what was written.
import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import { logger } from './logger.ts';
import { clientIp } from './request-info.ts';

export type SecurityEvent = Record<string, string | number | boolean | null>;
type Sink = (event: SecurityEvent & { event: string }) => void;

let sink: Sink = (event) => logger.warn(event, 'security');

/** Replaces where events go (tests); returns the previous sink. */
export function setSecurityLogSink(next: Sink): Sink {
  const previous = sink;
  sink = next;
  return previous;
}

export function logSecurityEvent(c: Context<AppEnv>, fields: SecurityEvent & { event: string }): void {
  sink({
    reqId: c.get('requestId') ?? null,
    ip: c.get('config') ? clientIp(c) : null,
    method: c.req.method,
    path: c.req.path,
    ...fields,
  });
}
