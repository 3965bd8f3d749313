// Who is signed in, and the one place writes get their CSRF header. The session itself is an
// HttpOnly cookie the browser sends; the token from /api/auth/me must ride along on every write.
import type { UserRole } from '@hamgen/shared';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './api-client.ts';
import type { QueryData } from './query-data.ts';

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'me'],
    queryFn: ({ signal }) => unwrap(api.api.auth.me.$get(undefined, { init: { signal } })),
    staleTime: 5 * 60_000,
  });

export type MeData = QueryData<typeof meQueryOptions>;
export type AuthUser = NonNullable<MeData['user']>;

export interface AuthView {
  user: AuthUser | null;
  role: UserRole | null;
  csrfToken: string | null;
  isEditor: boolean;
  isAdmin: boolean;
  isPending: boolean;
}

/** What the UI may offer: editors and admins edit, only admins manage users and read the audit. */
export function authView(data: MeData | undefined, isPending = false): AuthView {
  const user = data?.user ?? null;
  const role = user?.role ?? null;
  return {
    user,
    role,
    csrfToken: data && 'csrfToken' in data ? data.csrfToken : null,
    isEditor: role === 'editor' || role === 'admin',
    isAdmin: role === 'admin',
    isPending,
  };
}

export function useAuth(): AuthView {
  const query = useQuery(meQueryOptions());
  return authView(query.data, query.isPending);
}

/** The typed client's options for a write: the CSRF header (the browser adds Origin itself). */
export function writeInit(csrfToken: string | null) {
  return { headers: { 'X-CSRF-Token': csrfToken ?? '' } };
}

/**
 * Everything a write may have changed (the overview's figures included): invalidated, so the answers
 * on screen refetch at once and the others on their next use.
 */
export const WRITE_AFFECTS = {
  organization: [['stats'], ['organizations'], ['provinces'], ['search']],
  meeting: [['stats'], ['meetings'], ['decisions'], ['organizations'], ['search']],
  decision: [['stats'], ['meetings'], ['decisions'], ['organizations'], ['search']],
  import: [['stats'], ['organizations'], ['provinces'], ['search']],
  user: [['users'], ['audit']],
} as const satisfies Record<string, readonly (readonly string[])[]>;

export function invalidateAfterWrite(client: QueryClient, what: keyof typeof WRITE_AFFECTS): Promise<void> {
  const keys = [...WRITE_AFFECTS[what], ['audit']];
  return Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey: [...queryKey] }))).then(() => {});
}

/**
 * Signing in or out: the cached session answer is replaced, so every useAuth reader re-renders with
 * the new user at once. Other cached answers are left as they are; nothing is refetched here.
 */
export function setSignedIn(client: QueryClient, data: MeData): void {
  client.setQueryData(meQueryOptions().queryKey, data);
}
