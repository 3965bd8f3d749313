// The one clock of the API is `c.var.now` (AppDeps `now`, injectable so tests can fix the day);
// this turns one of its instants into the day that overdue checks and file names compare against.

/** The UTC calendar day of an instant as ISO `YYYY-MM-DD`. */
export const isoToday = (now: number | Date = Date.now()) => new Date(now).toISOString().slice(0, 10);
