// Query option factories for the accounts an admin manages: the list and one account's sessions.
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { QueryData } from './query-data.ts';
import { readAnswer } from './read-answer.ts';

export const usersKey = ['users'] as const;

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: usersKey,
    queryFn: ({ signal }) => readAnswer(api.api.users.$get(undefined, { init: { signal } })),
  });

export const userSessionsQueryOptions = (id: number) =>
  queryOptions({
    // Under the users key, so ending sessions or changing the account refreshes it.
    queryKey: [...usersKey, 'sessions', id],
    queryFn: ({ signal }) =>
      readAnswer(api.api.users[':id'].sessions.$get({ param: { id: String(id) } }, { init: { signal } })),
  });

export type UsersData = QueryData<typeof usersQueryOptions>;
