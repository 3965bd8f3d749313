// Query option factories for the meetings list and a meeting's page: every input is in the key.
import type { MeetingListQuery } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, toQuery, unwrap } from '../../../lib/api-client.ts';
import type { QueryData } from '../../../lib/query-data.ts';

export const meetingsQueryOptions = (query: MeetingListQuery) =>
  queryOptions({
    queryKey: ['meetings', 'list', query],
    queryFn: ({ signal }) => unwrap(api.api.meetings.$get({ query: toQuery(query) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const meetingQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['meetings', 'detail', id],
    queryFn: ({ signal }) => unwrap(api.api.meetings[':id'].$get({ param: { id: String(id) } }, { init: { signal } })),
  });

export type MeetingsData = QueryData<typeof meetingsQueryOptions>;
export type MeetingData = QueryData<typeof meetingQueryOptions>;
