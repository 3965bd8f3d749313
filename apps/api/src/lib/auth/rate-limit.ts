// Password guessing is limited per username and client address, counted from the audit log in
// the database (not from memory), so every instance behind a load balancer sees the same count.
// A success resets the count; blocked attempts are logged as 'denied' and do not extend the block.
import type { Db } from '../../db/client.ts';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;

/** Milliseconds until another attempt is allowed; 0 when it is allowed now. */
export function attemptBlockedFor(
  db: Db,
  attempt: { action: string; username: string; ip: string | null },
  now: number,
): number {
  const since = new Date(now - FAILURE_WINDOW_MS).toISOString();
  const failures = db.$client
    .prepare(
      `SELECT at FROM audit_events
       WHERE action = @action AND username = @username AND ip IS @ip AND outcome = 'failure' AND at > @since
         AND at > coalesce((SELECT max(at) FROM audit_events WHERE action = @action AND username = @username
                            AND ip IS @ip AND outcome = 'success'), '')
       ORDER BY at DESC LIMIT ${MAX_FAILURES}`,
    )
    .pluck()
    .all({ ...attempt, since }) as string[];
  if (failures.length < MAX_FAILURES) return 0;
  const oldest = Date.parse(failures[failures.length - 1] as string);
  return Math.max(1000, oldest + FAILURE_WINDOW_MS - now);
}
