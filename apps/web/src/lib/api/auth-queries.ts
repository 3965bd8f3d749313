// Who is signed in: the session answer of /api/auth/me and what it lets the UI offer.
import type { UserRole } from '@hamgen/shared';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type { QueryData } from './query-data.ts';
import { readAnswer } from './read-answer.ts';

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'me'],
    queryFn: ({ signal }) => readAnswer(api.api.auth.me.$get(undefined, { init: { signal } })),
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

/**
 * Signing in or out changes who sees what: the session answer is replaced, so every useAuth reader
 * re-renders with the new user at once, and the rest is refetched (what a page shows may depend on
 * who reads it, with HAMGEN_PUBLIC_READ=false; the admin lists do). Settles once the answers on
 * screen are back.
 */
export async function setSignedIn(client: QueryClient, data: MeData): Promise<void> {
  const { queryKey } = meQueryOptions();
  client.setQueryData(queryKey, data);
  await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== queryKey[0] });
}
