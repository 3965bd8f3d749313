// The commission's meetings on the timeline: per Jalali year, how many met and which associations
// they approved. With an association filter (province, sector, kind, status) only the meetings
// that approved a matching association count, so a province's timeline shows its own meetings.
import type { StatsFilter } from '@hamgen/shared';
import { and, asc, count, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { meetings, organizations } from '../../db/schema.ts';
import { organizationConditions } from '../../lib/organization-filter.ts';

/** A year lists this many meetings by name (the count is always complete). */
export const MEETINGS_LISTED_PER_YEAR = 8;
/** Each listed meeting names this many of the associations it approved. */
export const APPROVED_NAMED_PER_MEETING = 3;

export interface TimelineMeeting {
  id: number;
  title: string;
  heldOn: string;
  source: string;
  /** Associations it approved that match the filter. */
  approved: number;
  approvedNames: { id: number; nameFa: string }[];
}

/** A year's meeting count: what the timeline answer carries (its marks and table column). */
export interface TimelineMeetingCount {
  year: number;
  count: number;
  /** Associations matching the filter that the year's meetings approved, all of them. */
  approved: number;
}

/** A year's meetings by name, for the tooltip, panel and table (GET /api/stats/timeline/meetings). */
export interface TimelineMeetingYear extends TimelineMeetingCount {
  meetings: TimelineMeeting[];
}

export function timelineMeetings(
  db: Db,
  filter: StatsFilter,
  years: { from: number; to: number },
  listedPerYear = MEETINGS_LISTED_PER_YEAR,
): TimelineMeetingYear[] {
  const { from: _f, to: _t, ...associationFilter } = filter;
  const narrowed = Object.values(associationFilter).some((v) => v !== undefined);
  const matching = organizationConditions(associationFilter);
  const approvedOf = db
    .select({ meetingId: organizations.approvedInMeetingId, n: count().as('n') })
    .from(organizations)
    .where(matching)
    .groupBy(organizations.approvedInMeetingId)
    .as('approved_of');
  const inYears: SQL[] = [gte(meetings.jalaliYear, years.from), lte(meetings.jalaliYear, years.to)];
  const rows = db
    .select({
      id: meetings.id,
      title: meetings.title,
      heldOn: meetings.heldOn,
      year: meetings.jalaliYear,
      source: meetings.source,
      approved: sql<number>`coalesce(${approvedOf.n}, 0)`,
    })
    .from(meetings)
    [narrowed ? 'innerJoin' : 'leftJoin'](approvedOf, eq(approvedOf.meetingId, meetings.id))
    .where(and(...inYears))
    .orderBy(asc(meetings.heldOn), asc(meetings.id))
    .all();

  const byYear = new Map<number, TimelineMeetingYear>();
  for (let year = years.from; year <= years.to; year++) byYear.set(year, { year, count: 0, approved: 0, meetings: [] });
  const listed: TimelineMeeting[] = [];
  for (const { year, ...m } of rows) {
    const entry = byYear.get(year);
    if (!entry) continue;
    entry.count += 1;
    entry.approved += m.approved;
    if (entry.meetings.length >= listedPerYear) continue;
    const meeting = { ...m, approvedNames: [] };
    entry.meetings.push(meeting);
    listed.push(meeting);
  }
  nameApproved(db, listed, matching);
  return [...byYear.values()];
}

/** Only the count of each year's meetings (the same meetings `timelineMeetings` counts). */
export function timelineMeetingCounts(
  db: Db,
  filter: StatsFilter,
  years: { from: number; to: number },
): TimelineMeetingCount[] {
  return timelineMeetings(db, filter, years, 0).map(({ year, count, approved }) => ({ year, count, approved }));
}

/** Fills each listed meeting's first approved associations (by id) in one query. */
function nameApproved(db: Db, listed: TimelineMeeting[], matching: SQL | undefined): void {
  const ids = listed.filter((m) => m.approved > 0).map((m) => m.id);
  if (ids.length === 0) return;
  const ranked = db
    .select({
      id: organizations.id,
      nameFa: organizations.nameFa,
      meetingId: organizations.approvedInMeetingId,
      rank: sql<number>`row_number() OVER (PARTITION BY ${organizations.approvedInMeetingId} ORDER BY ${organizations.id})`.as(
        'rank',
      ),
    })
    .from(organizations)
    .where(and(inArray(organizations.approvedInMeetingId, ids), matching))
    .as('ranked');
  const names = db
    .select({ id: ranked.id, nameFa: ranked.nameFa, meetingId: ranked.meetingId })
    .from(ranked)
    .where(lte(ranked.rank, APPROVED_NAMED_PER_MEETING))
    .all();
  const byId = new Map(listed.map((m) => [m.id, m]));
  for (const n of names)
    if (n.meetingId !== null) byId.get(n.meetingId)?.approvedNames.push({ id: n.id, nameFa: n.nameFa });
}
