// The commission's meetings on the timeline (the `meetings` of GET /api/stats/timeline): a count
// per year for the chart's marks and table column, and the year's meetings for its tooltip.

export interface MeetingYearLike {
  year: number;
  count: number;
  meetings: {
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
