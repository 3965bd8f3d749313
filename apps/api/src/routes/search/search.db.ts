// Finding rows by Persian words. Stored `search_text` columns and the user's query are both in
// the compact normalized form (compactFa), so «تشكل», «تشکل‌ها» and «تشکلها» meet in the middle;
// each table's trigram index (migration 0002) finds the words without scanning.
// The meetings and decisions lists filter with the same helpers, so a word finds the same rows
// on every page.
import { compactFa, normalizeFa } from '@hamgen/shared';
import { desc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { attendees, decisions, meetings, organizations } from '../../db/schema.ts';
import { matchesWords, type SearchNeedle, searchNeedle } from './text-match.ts';

/**
 * A meeting matches by its own text, an attendee or one of its decisions. The meetings list and
 * search share this, so search's meeting total is what `/api/meetings?q=` lists.
 */
export function meetingMatch(needle: SearchNeedle): SQL | undefined {
  const byDecision = sql`${meetings.id} IN (SELECT ${decisions.meetingId} FROM ${decisions}
    WHERE ${matchesWords(decisions, needle)})`;
  const byAttendee = sql`${meetings.id} IN (SELECT ${attendees.meetingId} FROM ${attendees}
    WHERE ${matchesWords(attendees, needle)})`;
  return or(matchesWords(meetings, needle), byDecision, byAttendee);
}

/**
 * 0 when the whole title is the query, 1 when it starts with it, 2 when it contains it, 3 when
 * only the row's other text matched (summary, attendees, responsible body…).
 */
export function matchRank(title: string, needle: SearchNeedle): number {
  const compact = compactFa(title);
  const phrase = needle.compact;
  return compact === phrase ? 0 : compact.startsWith(phrase) ? 1 : compact.includes(phrase) ? 2 : 3;
}

const MAX_SNIPPET = 160;
const snippet = (text: string) => (text.length > MAX_SNIPPET ? `${text.slice(0, MAX_SNIPPET - 1)}…` : text);

/** Organizations rank in SQL: their search_text is exactly the compact name. */
function searchOrganizations(db: Db, needle: SearchNeedle, limit: number) {
  const rank = sql`CASE WHEN ${organizations.searchText} = ${needle.compact} THEN 0
    WHEN instr(${organizations.searchText}, ${needle.compact}) = 1 THEN 1
    WHEN instr(${organizations.searchText}, ${needle.compact}) > 1 THEN 2 ELSE 3 END`;
  const rows = db
    .select({
      id: organizations.id,
      title: organizations.nameFa,
      jalaliYear: organizations.jalaliYear,
      provinceCode: organizations.provinceCode,
      kind: organizations.kind,
      status: organizations.status,
      source: organizations.source,
      // The window runs before LIMIT, so every row carries the full match count.
      total: sql<number>`count(*) OVER ()`,
    })
    .from(organizations)
    .where(matchesWords(organizations, needle))
    .orderBy(rank, desc(organizations.establishedOn), desc(organizations.id))
    .limit(limit)
    .all();
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(({ total: _total, ...o }) => ({ ...o, href: `/associations/${o.id}` })),
  };
}

/**
 * Meetings and decisions are few (dozens a year), so they are ranked on their titles here;
 * `rows` come newest first and the sort is stable, which keeps "newest" as the tie-break. Every
 * row counts toward the total; the best `limit` are listed, shaped by `toItem`.
 */
function rankedByTitle<T extends { title: string }, I>(
  rows: T[],
  needle: SearchNeedle,
  limit: number,
  toItem: (row: T) => I,
) {
  const items = rows
    .map((row) => ({ row, rank: matchRank(row.title, needle) }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map(({ row }) => toItem(row));
  return { total: rows.length, items };
}

/** A meeting as search lists it; its summary becomes the snippet. */
const meetingHitColumns = {
  id: meetings.id,
  title: meetings.title,
  summary: meetings.summary,
  heldOn: meetings.heldOn,
  heldOnApproximate: meetings.heldOnApproximate,
  jalaliYear: meetings.jalaliYear,
  number: meetings.number,
  source: meetings.source,
};

/** A decision as search lists it: its text is the title, its meeting's title the snippet. */
const decisionHitColumns = {
  id: decisions.id,
  title: decisions.text,
  topic: decisions.topic,
  status: decisions.status,
  dueOn: decisions.dueOn,
  source: decisions.source,
  meetingId: decisions.meetingId,
  snippet: meetings.title,
  heldOn: meetings.heldOn,
  jalaliYear: meetings.jalaliYear,
};

function searchMeetings(db: Db, needle: SearchNeedle, limit: number) {
  const rows = db
    .select(meetingHitColumns)
    .from(meetings)
    .where(meetingMatch(needle))
    .orderBy(desc(meetings.heldOn), desc(meetings.id))
    .all();
  return rankedByTitle(rows, needle, limit, ({ summary, ...m }) => ({
    ...m,
    snippet: snippet(summary),
    href: `/meetings/${m.id}`,
  }));
}

function searchDecisions(db: Db, needle: SearchNeedle, limit: number) {
  const rows = db
    .select(decisionHitColumns)
    .from(decisions)
    .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
    .where(matchesWords(decisions, needle))
    .orderBy(desc(meetings.heldOn), desc(meetings.id), decisions.seq)
    .all();
  return rankedByTitle(rows, needle, limit, (d) => ({ ...d, href: `/meetings/${d.meetingId}#decision-${d.id}` }));
}

/** The query after normalization has no letters left (only marks, tatweel or invisible spaces). */
export const isBlankQuery = (q: string) => searchNeedle(q).words.length === 0;

export function searchAll(db: Db, q: string, limit: number) {
  const needle = searchNeedle(q);
  const normalized = normalizeFa(q);
  const organizationHits = searchOrganizations(db, needle, limit);
  const meetingHits = searchMeetings(db, needle, limit);
  const decisionHits = searchDecisions(db, needle, limit);
  return {
    query: q,
    normalized,
    compact: needle.compact,
    // The web highlights these words in titles after normalizing the titles the same way.
    terms: normalized.split(' ').filter(Boolean),
    results: { organizations: organizationHits.items, meetings: meetingHits.items, decisions: decisionHits.items },
    totals: { organizations: organizationHits.total, meetings: meetingHits.total, decisions: decisionHits.total },
  };
}
