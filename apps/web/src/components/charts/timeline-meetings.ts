// The commission's meetings on the timeline: a count per year (the `meetings` of GET
// /api/stats/timeline) for the chart's marks and table column, and, once a reader points at the
// chart or opens its table, the year's meetings by name (GET /api/stats/timeline/meetings).
import type { StatsFilter } from '@hamgen/shared';
import { useQuery } from '@tanstack/react-query';
import { timelineMeetingsQueryOptions } from '../../lib/api/stats-queries.ts';

export interface MeetingYearLike {
  year: number;
  count: number;
  /** Absent until the names have loaded. */
  meetings?: {
    id: number;
    title: string;
    heldOn: string;
    approved: number;
    approvedNames: { id: number; nameFa: string }[];
  }[];
}

export const MEETINGS_KEY = 'meetings';

/** Adds `meetings` (the year's meeting count) to each chart datum; years without any get 0. */
export function withMeetingCounts(
  data: readonly Record<string, number>[],
  years: readonly MeetingYearLike[],
): Record<string, number>[] {
  const byYear = new Map(years.map((y) => [y.year, y.count]));
  return data.map((d) => ({ ...d, [MEETINGS_KEY]: byYear.get(d.year ?? 0) ?? 0 }));
}

export function meetingsOfYear(years: readonly MeetingYearLike[], year: number): MeetingYearLike | undefined {
  return years.find((y) => y.year === year);
}

/**
 * The years with their meetings by name once `wanted` (and the counts alone until then): the
 * names are nine tenths of the timeline's bytes, and most readers never open them.
 */
export function useMeetingYears(filter: StatsFilter, counts: readonly MeetingYearLike[], wanted: boolean) {
  const wantsNames = wanted && counts.some((y) => y.count > 0);
  const lists = useQuery({ ...timelineMeetingsQueryOptions(filter), enabled: wantsNames });
  return lists.data?.meetings ?? counts;
}
