// Sign-in throttling that parallel guesses cannot outrun: an attempt is reserved ('pending') in
// the same IMMEDIATE transaction that counts the earlier ones, before the password is checked,
// so 40 guesses at once meet the limit exactly as 40 in a row do. Three counts, all over the
// last 15 minutes of `login_attempts` (shared by every instance on the database file):
// - one account from one address (a success there starts the count afresh);
// - one account from any address (a success of the account starts it afresh);
// - one address across all accounts — password spraying — which no success resets.
// A throttled request stores nothing, so a flood cannot extend its own block or fill the table.
import type { Db } from '../../db/client.ts';

export const MAX_FAILURES = 5;
export const MAX_ACCOUNT_FAILURES = 20;
export const MAX_ADDRESS_FAILURES = 20;
export const FAILURE_WINDOW_MS = 15 * 60_000;

export type ThrottleScope = 'account_address' | 'account' | 'address';

export type Reservation = { id: number } | { scope: ThrottleScope; retryAfterMs: number };

const COUNTS: [ThrottleScope, number, string][] = [
  [
    'account_address',
    MAX_FAILURES,
    `username = @username AND ip = @ip AND at > coalesce((SELECT max(at) FROM login_attempts
       WHERE username = @username AND ip = @ip AND outcome = 'success'), 0)`,
  ],
  [
    'account',
    MAX_ACCOUNT_FAILURES,
    `username = @username AND at > coalesce((SELECT max(at) FROM login_attempts
       WHERE username = @username AND outcome = 'success'), 0)`,
  ],
  ['address', MAX_ADDRESS_FAILURES, 'ip = @ip'],
];

/** Counts earlier attempts and, when under every limit, reserves this one. */
export function reserveLoginAttempt(db: Db, who: { username: string; ip: string | null }, now: number): Reservation {
  const params = { username: who.username, ip: who.ip ?? '', since: now - FAILURE_WINDOW_MS };
  return db.$client
    .transaction((): Reservation => {
      db.$client.prepare('DELETE FROM login_attempts WHERE at <= ?').run(params.since);
      for (const [scope, limit, where] of COUNTS) {
        // The limit-th most recent failure (or pending guess): when it exists, the window is full
        // until it ages out.
        const oldest = db.$client
          .prepare(
            `SELECT at FROM login_attempts WHERE ${where} AND outcome IN ('pending', 'failure') AND at > @since
             ORDER BY at DESC LIMIT 1 OFFSET ${limit - 1}`,
          )
          .pluck()
          .get(params) as number | undefined;
        if (oldest !== undefined) return { scope, retryAfterMs: Math.max(1000, oldest + FAILURE_WINDOW_MS - now) };
      }
      const { lastInsertRowid } = db.$client
        .prepare(`INSERT INTO login_attempts (at, username, ip, outcome) VALUES (?, ?, ?, 'pending')`)
        .run(now, params.username, params.ip);
      return { id: Number(lastInsertRowid) };
    })
    .immediate();
}

/** The checked outcome of a reserved attempt; `null` withdraws it (the check never ran). */
export function settleLoginAttempt(db: Db, id: number, outcome: 'failure' | 'success' | null): void {
  if (outcome === null) db.$client.prepare('DELETE FROM login_attempts WHERE id = ?').run(id);
  else db.$client.prepare('UPDATE login_attempts SET outcome = ? WHERE id = ?').run(outcome, id);
}
