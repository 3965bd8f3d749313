// Query option factory for the one search box across associations, meetings and decisions.
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { QueryData } from './query-data.ts';
import { readAnswer } from './read-answer.ts';

/** Hits shown per group; each group links to its full list when there are more. */
export const SEARCH_LIMIT = 10;

export const searchKey = ['search'] as const;

export const searchQueryOptions = (q: string, limit = SEARCH_LIMIT) =>
  queryOptions({
    queryKey: [...searchKey, q, limit],
    queryFn: ({ signal }) =>
      readAnswer(api.api.search.$get({ query: { q, limit: String(limit) } }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export type SearchData = QueryData<typeof searchQueryOptions>;
