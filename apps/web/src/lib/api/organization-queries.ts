// Query option factories for the registry of associations: the list (every filter in the key)
// and one association, read by its public page and its edit page alike.
import type { OrganizationListQuery } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, toQuery } from './client.ts';
import type { QueryData } from './query-data.ts';
import { readAnswer } from './read-answer.ts';

export const organizationsKey = ['organizations'] as const;

export const organizationsQueryOptions = (query: OrganizationListQuery) =>
  queryOptions({
    queryKey: [...organizationsKey, 'list', query],
    queryFn: ({ signal }) => readAnswer(api.api.organizations.$get({ query: toQuery(query) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const organizationQueryOptions = (id: number) =>
  queryOptions({
    queryKey: [...organizationsKey, 'detail', id],
    queryFn: ({ signal }) =>
      readAnswer(api.api.organizations[':id'].$get({ param: { id: String(id) } }, { init: { signal } })),
  });

export type OrganizationsData = QueryData<typeof organizationsQueryOptions>;
export type OrganizationData = QueryData<typeof organizationQueryOptions>;
