import type { StatsFilter } from '@hamgen/shared';
import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { parseStatsFilter, withStatsFilter } from './stats-filter-url.ts';

/** The page's filters, living in the URL so that reload and shared links restore the view. */
export function useStatsFilter(): [StatsFilter, (next: StatsFilter) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const filter = useMemo(() => parseStatsFilter(search), [search]);
  const setFilter = useCallback(
    (next: StatsFilter) => navigate(`${location}${withStatsFilter(search, next)}`),
    [location, navigate, search],
  );
  return [filter, setFilter];
}
