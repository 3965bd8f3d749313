import { DEFAULT_PAGE_SIZE, type MeetingListQuery } from '@hamgen/shared';
import { and, asc, desc, eq, getTableColumns, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { attendees, decisions, meetings, organizations } from '../../db/schema.ts';
import { countBySource } from '../../lib/source-counts.ts';
import { decisionFieldColumns, overdueCondition, withLinks } from '../decisions/decisions.db.ts';
import { meetingMatch } from '../search/search.db.ts';
import { searchNeedle } from '../search/text-match.ts';
import { listAttachments } from './attachments.db.ts';

const collator = new Intl.Collator('fa');

function meetingConditions(query: MeetingListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (query.from !== undefined) conditions.push(gte(meetings.jalaliYear, query.from));
  if (query.to !== undefined) conditions.push(lte(meetings.jalaliYear, query.to));
  const needle = searchNeedle(query.q ?? '');
  if (needle.words.length > 0) conditions.push(meetingMatch(needle));
  return and(...conditions);
}

const countOf = (fromWhere: SQL) => sql<number>`(SELECT count(*) ${fromWhere})`;

export function listMeetings(db: Db, query: MeetingListQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  // Built once: the attendee match runs a query of its own.
  const where = meetingConditions(query);
  const rows = db
    .select({
      id: meetings.id,
      heldOn: meetings.heldOn,
      heldOnApproximate: meetings.heldOnApproximate,
      jalaliYear: meetings.jalaliYear,
      number: meetings.number,
      title: meetings.title,
      location: meetings.location,
      source: meetings.source,
      attendeeCount: countOf(sql`FROM ${attendees} WHERE ${attendees.meetingId} = ${meetings.id}`),
      decisionCount: countOf(sql`FROM ${decisions} WHERE ${decisions.meetingId} = ${meetings.id}`),
      // "Open" for follow-up: anything not done yet, in progress included.
      openDecisionCount: countOf(
        sql`FROM ${decisions} WHERE ${decisions.meetingId} = ${meetings.id} AND ${decisions.status} <> 'done'`,
      ),
      approvedCount: countOf(sql`FROM ${organizations} WHERE ${organizations.approvedInMeetingId} = ${meetings.id}`),
    })
    .from(meetings)
    .where(where)
    .orderBy(desc(meetings.heldOn), desc(meetings.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const { sources, total } = countBySource(db, meetings, where);
  return { rows, total, page, pageSize, sources };
}

const { searchText: _searchText, ...meetingColumns } = getTableColumns(meetings);

/** A meeting's attendees in roster order: the detail page shows them, the audit log keeps them. */
export function listRoster(db: Db, meetingId: number) {
  return db
    .select({
      id: attendees.id,
      seq: attendees.seq,
      name: attendees.name,
      role: attendees.role,
      organization: attendees.organization,
      isNewMember: attendees.isNewMember,
      source: attendees.source,
    })
    .from(attendees)
    .where(eq(attendees.meetingId, meetingId))
    .orderBy(asc(attendees.seq))
    .all();
}

export function getMeeting(db: Db, id: number, today: string) {
  const meeting = db.select(meetingColumns).from(meetings).where(eq(meetings.id, id)).get();
  if (!meeting) return undefined;
  const decisionRows = db
    .select({
      id: decisions.id,
      ...decisionFieldColumns,
      source: decisions.source,
      overdue: overdueCondition(today).mapWith(Boolean),
    })
    .from(decisions)
    .where(eq(decisions.meetingId, id))
    .orderBy(asc(decisions.seq))
    .all();
  const approvedOrganizations = db
    .select({
      id: organizations.id,
      nameFa: organizations.nameFa,
      provinceCode: organizations.provinceCode,
      jalaliYear: organizations.jalaliYear,
      kind: organizations.kind,
      status: organizations.status,
      source: organizations.source,
    })
    .from(organizations)
    .where(eq(organizations.approvedInMeetingId, id))
    .all()
    .sort((a, b) => collator.compare(a.nameFa, b.nameFa));
  return {
    meeting,
    attendees: listRoster(db, id),
    decisions: withLinks(db, decisionRows),
    approvedOrganizations,
    attachments: listAttachments(db, id),
  };
}
