// Query option factory for the side-by-side comparison of provinces (a stats endpoint).
import { type StatsFilter, statsFilterToQuery } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { QueryData } from './query-data.ts';
import { readAnswer } from './read-answer.ts';
import { statsKey } from './stats-queries.ts';

export const compareQueryOptions = (provinces: readonly string[], filter: StatsFilter) =>
  queryOptions({
    queryKey: [...statsKey, 'compare', provinces, filter],
    queryFn: ({ signal }) => {
      const { province: _p, ...query } = statsFilterToQuery(filter);
      return readAnswer(
        api.api.stats.compare.$get({ query: { ...query, provinces: provinces.join(',') } }, { init: { signal } }),
      );
    },
    placeholderData: keepPreviousData,
  });

export type CompareData = QueryData<typeof compareQueryOptions>;
