// Query option factory for one province's sheet (its figures, associations and links under a filter).
import type { StatsFilter } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, toQuery } from './client.ts';
import type { QueryData } from './query-data.ts';
import { readAnswer } from './read-answer.ts';

export const provincesKey = ['provinces'] as const;

export const provinceSheetQueryOptions = (code: string, filter: StatsFilter) =>
  queryOptions({
    queryKey: [...provincesKey, 'sheet', code, filter],
    queryFn: ({ signal }) =>
      readAnswer(api.api.provinces[':code'].$get({ param: { code }, query: toQuery(filter) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export type ProvinceSheetData = QueryData<typeof provinceSheetQueryOptions>;
