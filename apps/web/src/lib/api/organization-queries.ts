import type { OrganizationListQuery } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, toQuery, unwrap } from './api-client.ts';
import type { QueryData } from './query-data.ts';

export const organizationsQueryOptions = (query: OrganizationListQuery) =>
  queryOptions({
    queryKey: ['organizations', 'list', query],
    queryFn: ({ signal }) => unwrap(api.api.organizations.$get({ query: toQuery(query) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const organizationQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['organizations', 'detail', id],
    queryFn: ({ signal }) =>
      unwrap(api.api.organizations[':id'].$get({ param: { id: String(id) } }, { init: { signal } })),
  });

export type OrganizationsData = QueryData<typeof organizationsQueryOptions>;
export type OrganizationData = QueryData<typeof organizationQueryOptions>;
