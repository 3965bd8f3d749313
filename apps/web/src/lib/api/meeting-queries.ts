// Query option factories for the meetings list and one meeting (its public page and its edit
// page read the same answer): every input is in the key.
import type { MeetingListQuery } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, toQuery } from './client.ts';
import type { QueryData } from './query-data.ts';
import { readAnswer } from './read-answer.ts';

export const meetingsKey = ['meetings'] as const;

export const meetingsQueryOptions = (query: MeetingListQuery) =>
  queryOptions({
    queryKey: [...meetingsKey, 'list', query],
    queryFn: ({ signal }) => readAnswer(api.api.meetings.$get({ query: toQuery(query) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const meetingQueryOptions = (id: number) =>
  queryOptions({
    queryKey: [...meetingsKey, 'detail', id],
    queryFn: ({ signal }) =>
      readAnswer(api.api.meetings[':id'].$get({ param: { id: String(id) } }, { init: { signal } })),
  });

export type MeetingsData = QueryData<typeof meetingsQueryOptions>;
export type MeetingData = QueryData<typeof meetingQueryOptions>;
