// What each kind of write may have changed, named by the query factories' own keys, so a renamed
// key cannot leave a write refreshing nothing.
import type { QueryClient } from '@tanstack/react-query';
import { auditKey } from './audit-queries.ts';
import { decisionsKey } from './decision-queries.ts';
import { meetingsKey } from './meeting-queries.ts';
import { organizationsKey } from './organization-queries.ts';
import { provincesKey } from './province-queries.ts';
import { searchKey } from './search-queries.ts';
import { statsKey } from './stats-queries.ts';
import { usersKey } from './user-queries.ts';

/** The overview's figures change with every registry write; each write also lands in the audit. */
export const WRITE_AFFECTS = {
  organization: [statsKey, organizationsKey, provincesKey, searchKey],
  meeting: [statsKey, meetingsKey, decisionsKey, organizationsKey, searchKey],
  decision: [statsKey, meetingsKey, decisionsKey, organizationsKey, searchKey],
  import: [statsKey, organizationsKey, provincesKey, searchKey],
  user: [usersKey],
} as const satisfies Record<string, readonly (readonly string[])[]>;

export type WriteKind = keyof typeof WRITE_AFFECTS;

/**
 * Marks everything the write may have changed stale: the answers on screen refetch at once (the
 * promise settles when they have), the others on their next use.
 */
export async function invalidateAfterWrite(client: QueryClient, what: WriteKind): Promise<void> {
  const keys = [...WRITE_AFFECTS[what], auditKey];
  await Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
}
