import { type StatsFilter, statsFilterToQuery } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { QueryData } from '../../../lib/query-data.ts';

export const compareQueryOptions = (provinces: readonly string[], filter: StatsFilter) =>
  queryOptions({
    queryKey: ['stats', 'compare', provinces, filter],
    queryFn: ({ signal }) => {
      const { province: _p, ...query } = statsFilterToQuery(filter);
      return unwrap(
        api.api.stats.compare.$get({ query: { ...query, provinces: provinces.join(',') } }, { init: { signal } }),
      );
    },
    placeholderData: keepPreviousData,
  });

export type CompareData = QueryData<typeof compareQueryOptions>;
