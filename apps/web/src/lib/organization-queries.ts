import type { OrganizationListQuery, StatsFilter } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './api-client.ts';
import type { QueryData } from './query-data.ts';

function toQuery(query: OrganizationListQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
  );
}

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

export const provinceSheetQueryOptions = (code: string, filter: StatsFilter) =>
  queryOptions({
    queryKey: ['provinces', 'sheet', code, filter],
    queryFn: ({ signal }) =>
      unwrap(api.api.provinces[':code'].$get({ param: { code }, query: toQuery(filter) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export type OrganizationsData = QueryData<typeof organizationsQueryOptions>;
export type OrganizationData = QueryData<typeof organizationQueryOptions>;
export type ProvinceSheetData = QueryData<typeof provinceSheetQueryOptions>;
