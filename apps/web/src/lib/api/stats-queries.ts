// Query option factories for the stats endpoints: every input is in the key, and charts keep
// the previous numbers on screen while a new filter loads.
import { type StatsFilter, statsFilterToQuery, type TimelineStack } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { QueryData } from './query-data.ts';
import { readAnswer } from './read-answer.ts';

/** Every stats answer sits under this key (the compare figures too), so one write refreshes them all. */
export const statsKey = ['stats'] as const;

export const overviewQueryOptions = (filter: StatsFilter) =>
  queryOptions({
    queryKey: [...statsKey, 'overview', filter],
    queryFn: ({ signal }) =>
      readAnswer(api.api.stats.overview.$get({ query: statsFilterToQuery(filter) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const byProvinceQueryOptions = (filter: StatsFilter) =>
  queryOptions({
    queryKey: [...statsKey, 'by-province', filter],
    queryFn: ({ signal }) =>
      readAnswer(api.api.stats['by-province'].$get({ query: statsFilterToQuery(filter) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const bySectorQueryOptions = (filter: StatsFilter) =>
  queryOptions({
    queryKey: [...statsKey, 'by-sector', filter],
    queryFn: ({ signal }) =>
      readAnswer(api.api.stats['by-sector'].$get({ query: statsFilterToQuery(filter) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const timelineQueryOptions = (filter: StatsFilter, stack?: TimelineStack) =>
  queryOptions({
    queryKey: [...statsKey, 'timeline', filter, stack ?? null],
    queryFn: ({ signal }) =>
      readAnswer(
        api.api.stats.timeline.$get(
          { query: { ...statsFilterToQuery(filter), ...(stack ? { stack } : {}) } },
          { init: { signal } },
        ),
      ),
    placeholderData: keepPreviousData,
  });

/** The meetings of each timeline year by name: asked for only when a reader wants them. */
export const timelineMeetingsQueryOptions = (filter: StatsFilter) =>
  queryOptions({
    queryKey: [...statsKey, 'timeline-meetings', filter],
    queryFn: ({ signal }) =>
      readAnswer(api.api.stats.timeline.meetings.$get({ query: statsFilterToQuery(filter) }, { init: { signal } })),
  });

export type OverviewData = QueryData<typeof overviewQueryOptions>;
export type ByProvinceData = QueryData<typeof byProvinceQueryOptions>;
export type BySectorData = QueryData<typeof bySectorQueryOptions>;
export type TimelineData = QueryData<typeof timelineQueryOptions>;
