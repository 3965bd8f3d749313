// Writing meetings by hand (source 'manual'): the meeting and its roster in one body, and on
// creation its decisions too. `search_text` (title, summary, agenda) and `jalali_year` (of
// held_on) follow every write; a PATCH that names `attendees` replaces the whole roster.
import { type AttendeeInput, jalaliYearOf, type MeetingCreate, type MeetingUpdate } from '@hamgen/shared';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { meetingSearchText } from '../../db/normalized-columns.ts';
import { attendees, decisions, meetings } from '../../db/schema.ts';
import { atVersion, expectVersion, nextVersion } from '../../lib/versioned.ts';
import { type DecisionRecord, insertDecision, readDecision } from '../decisions/decisions-write.db.ts';
import { listRoster } from './meetings.db.ts';

const { searchText: _searchText, ...rowColumns } = getTableColumns(meetings);
export const MEETING_NOT_FOUND = 'جلسه‌ای با این شناسه پیدا نشد';

/** The meeting with its roster and decision ids: what the audit log keeps. */
export function readMeeting(db: Db, id: number) {
  const row = db.select(rowColumns).from(meetings).where(eq(meetings.id, id)).get();
  if (!row) return undefined;
  // Without ids and seq: a new roster replaces the old rows, so only their content is history.
  const roster = listRoster(db, id).map(({ id: _id, seq: _seq, ...attendee }) => attendee);
  const decisionIds = db
    .select({ id: decisions.id })
    .from(decisions)
    .where(eq(decisions.meetingId, id))
    .orderBy(asc(decisions.seq))
    .all()
    .map((d) => d.id);
  return { ...row, attendees: roster, decisionIds };
}
export type MeetingRecord = NonNullable<ReturnType<typeof readMeeting>>;

function replaceRoster(db: Db, meetingId: number, roster: AttendeeInput[], source: string) {
  db.delete(attendees).where(eq(attendees.meetingId, meetingId)).run();
  if (roster.length === 0) return;
  db.insert(attendees)
    .values(
      roster.map((a, i) => ({
        meetingId,
        seq: i + 1,
        name: a.name,
        role: a.role ?? '',
        organization: a.organization ?? '',
        isNewMember: a.isNewMember ?? false,
        source,
      })),
    )
    .run();
}

export function insertMeeting(db: Db, input: MeetingCreate, source: string, nowIso: string) {
  const text = { title: input.title, summary: input.summary ?? '', agenda: input.agenda ?? '' };
  const [row] = db
    .insert(meetings)
    .values({
      ...text,
      heldOn: input.heldOn,
      heldOnApproximate: input.heldOnApproximate ?? false,
      jalaliYear: jalaliYearOf(input.heldOn),
      number: input.number ?? null,
      location: input.location ?? null,
      source,
      searchText: meetingSearchText(text),
      createdAt: nowIso,
      updatedAt: nowIso,
    })
    .returning({ id: meetings.id })
    .all();
  if (!row) throw new Error('insert returned no row');
  replaceRoster(db, row.id, input.attendees ?? [], source);
  const created: DecisionRecord[] = (input.decisions ?? []).map((d, i) =>
    insertDecision(db, row.id, d, source, nowIso, `decisions.${i}.`),
  );
  return { meeting: readMeeting(db, row.id) as MeetingRecord, decisions: created };
}

export function updateMeeting(db: Db, id: number, update: MeetingUpdate, nowIso: string) {
  const { version, attendees: roster, ...patch } = update;
  const before = expectVersion(readMeeting(db, id), version, MEETING_NOT_FOUND);
  db.update(meetings)
    .set({
      ...patch,
      searchText: meetingSearchText({ ...before, ...patch }),
      ...(patch.heldOn !== undefined && { jalaliYear: jalaliYearOf(patch.heldOn) }),
      updatedAt: nowIso,
      version: nextVersion(meetings),
    })
    .where(atVersion(meetings, id, version))
    .run();
  if (roster) replaceRoster(db, id, roster, 'manual');
  return { before, after: readMeeting(db, id) as MeetingRecord };
}

/** Attendees and decisions go with the meeting; associations it approved keep existing (link nulled). */
export function deleteMeeting(db: Db, id: number, version: number) {
  const meeting = expectVersion(readMeeting(db, id), version, MEETING_NOT_FOUND);
  // The audit row keeps the decisions in full: they cascade away with the meeting.
  const before = { ...meeting, decisions: meeting.decisionIds.map((d) => readDecision(db, d)) };
  db.delete(meetings)
    .where(atVersion(meetings, id, version))
    .run();
  return before;
}
