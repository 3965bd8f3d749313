// Refusals worth a look — refused authorizations, CSRF and cross-origin failures, throttled
// sign-ins, rate limits, wrong Hosts — as one JSON line each on stderr, with the request id that
// the audit log and the answer carry. The sink is swappable so a test can read what was written.
import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';
import { clientIp } from './request-info.ts';

export type SecurityEvent = Record<string, string | number | boolean | null>;

let sink = (line: string) => {
  process.stderr.write(`${line}\n`);
};

/** Replaces where lines go (tests); returns the previous sink. */
export function setSecurityLogSink(next: (line: string) => void): (line: string) => void {
  const previous = sink;
  sink = next;
  return previous;
}

export function logSecurityEvent(c: Context<AppEnv>, fields: SecurityEvent & { event: string }): void {
  sink(
    JSON.stringify({
      time: new Date().toISOString(),
      level: 'warn',
      msg: 'security',
      requestId: c.var.requestId ?? null,
      ip: c.var.config ? clientIp(c) : null,
      method: c.req.method,
      path: c.req.path,
      ...fields,
    }),
  );
}
