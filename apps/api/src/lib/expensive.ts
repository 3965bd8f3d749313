// Bounds on work anyone can ask for: search and exports cost real time (a LIKE over every row,
// a workbook in memory). Each address gets HAMGEN_EXPENSIVE_PER_MINUTE of them per minute (0:
// no limit — the benchmark's 50 connections from one address), and exports are also capped per
// process (HAMGEN_EXPORT_CONCURRENCY), so a crowd of anonymous exports cannot starve the rest.
// Both answer 429 with Retry-After. Counts live in memory: a restart forgets them, which is fine
// for a limit measured in a minute. Only the routes that use these pay for them.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.ts';
import { Busy, createLimiter, type Limiter } from './concurrency.ts';
import { tooManyRequests } from './errors.ts';
import { clientIp } from './request-info.ts';
import { logSecurityEvent } from './security-log.ts';

const WINDOW_MS = 60_000;
const windows = new Map<string, { start: number; count: number }>();

function forget(now: number) {
  for (const [ip, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(ip);
}

export const expensiveRateLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  const limit = c.get('config').expensivePerMinute;
  // In-process requests (tests, app.request) have no address to count.
  const ip = limit === 0 ? null : clientIp(c);
  if (ip === null) return next();
  const now = c.get('now')();
  let w = windows.get(ip);
  if (!w || now - w.start >= WINDOW_MS) {
    if (windows.size >= 10_000) forget(now);
    w = { start: now, count: 0 };
    windows.set(ip, w);
  }
  if (++w.count > limit) {
    if (w.count === limit + 1) logSecurityEvent(c, { event: 'rate_limited', limit });
    throw tooManyRequests(
      'rate_limited',
      'درخواست‌های جستجو و خروجی از این نشانی بیش از حد بوده است؛ یک دقیقه دیگر دوباره تلاش کنید',
      w.start + WINDOW_MS - now,
    );
  }
  return next();
};

const exportLimiters = new Map<number, Limiter>();

/** Runs an export in one of the process's export slots, or answers 429 when all are taken. */
export async function inExportSlot<T>(c: { var: AppEnv['Variables'] }, build: () => Promise<T>): Promise<T> {
  const slots = c.var.config.exportConcurrency;
  let limiter = exportLimiters.get(slots);
  if (!limiter) {
    limiter = createLimiter(slots, slots);
    exportLimiters.set(slots, limiter);
  }
  try {
    return await limiter.run(build);
  } catch (err) {
    if (!(err instanceof Busy)) throw err;
    throw tooManyRequests('export_busy', 'چند خروجی دیگر در حال ساخت است؛ چند ثانیه بعد دوباره تلاش کنید', 2000);
  }
}
