import { type StatsFilter, statsFilterToQuery } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';

export const byProvinceQueryOptions = (filter: StatsFilter) =>
  queryOptions({
    queryKey: ['stats', 'by-province', filter],
    queryFn: ({ signal }) =>
      unwrap(api.api.stats['by-province'].$get({ query: statsFilterToQuery(filter) }, { init: { signal } })),
    // Charts keep the previous numbers on screen while a new filter loads.
    placeholderData: keepPreviousData,
  });

export type ByProvinceResult = Awaited<ReturnType<NonNullable<ReturnType<typeof byProvinceQueryOptions>['queryFn']>>>;
export type ProvinceCountRow = ByProvinceResult['rows'][number];
