// What the other person changed, when a save meets a newer version (409): the fields that differ
// between the record this form read and the one stored now, as display text. The form itself
// keeps the reader's own edits either way.
export interface TheirChange {
  field: string;
  before: string;
  after: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function theirChanges<T extends object>(
  read: T,
  stored: T,
  show: (field: keyof T & string, value: T[keyof T]) => string,
): TheirChange[] {
  return (Object.keys(stored) as (keyof T & string)[])
    .filter((field) => !same(read[field], stored[field]))
    .map((field) => ({ field, before: show(field, read[field]), after: show(field, stored[field]) }));
}

/**
 * "Keep mine": the stored record with only the fields this form changed (since it read) put on
 * top, so the other person's changes to other fields survive the next save.
 */
export function keepMine<T extends object>(read: T, mine: T, stored: T): T {
  const out = { ...stored };
  for (const field of Object.keys(mine) as (keyof T)[]) {
    if (!same(read[field], mine[field])) out[field] = mine[field];
  }
  return out;
}
