// Query option factory for one province's sheet (its figures, associations and links under a filter).
import type { StatsFilter } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, toQuery, unwrap } from './api-client.ts';
import type { QueryData } from './query-data.ts';

export const provinceSheetQueryOptions = (code: string, filter: StatsFilter) =>
  queryOptions({
    queryKey: ['provinces', 'sheet', code, filter],
    queryFn: ({ signal }) =>
      unwrap(api.api.provinces[':code'].$get({ param: { code }, query: toQuery(filter) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export type ProvinceSheetData = QueryData<typeof provinceSheetQueryOptions>;
