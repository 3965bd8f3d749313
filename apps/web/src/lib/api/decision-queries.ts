// Query option factories for decisions: the tracker's list (every filter in the key) and one
// decision with its follow-up history, read by the meeting page and the tracker alike.
import type { DecisionListQuery } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { QueryData } from './query-data.ts';
import { readAnswer } from './read-answer.ts';

export const decisionsKey = ['decisions'] as const;

/** Query text for GET /api/decisions: ASCII digits, absent values left out, overdue only when on. */
export function decisionApiQuery(query: DecisionListQuery): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === false || value === '') continue;
    result[key] = String(value);
  }
  return result;
}

export const decisionsQueryOptions = (query: DecisionListQuery) =>
  queryOptions({
    queryKey: [...decisionsKey, 'list', query],
    queryFn: ({ signal }) =>
      readAnswer(api.api.decisions.$get({ query: decisionApiQuery(query) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const decisionQueryOptions = (id: number) =>
  queryOptions({
    queryKey: [...decisionsKey, 'detail', id],
    queryFn: ({ signal }) =>
      readAnswer(api.api.decisions[':id'].$get({ param: { id: String(id) } }, { init: { signal } })),
  });

export type DecisionsData = QueryData<typeof decisionsQueryOptions>;
export type DecisionData = QueryData<typeof decisionQueryOptions>;
