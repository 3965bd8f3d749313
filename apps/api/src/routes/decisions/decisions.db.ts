import { DECISION_STATUSES, DEFAULT_PAGE_SIZE, type DecisionListQuery } from '@hamgen/shared';
import { and, asc, count, desc, eq, gte, inArray, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  decisionOrganizations,
  decisionProvinces,
  decisions,
  meetings,
  organizations,
  provinces,
} from '../../db/schema.ts';
import { sourcesOf, totalOf } from '../../lib/source-counts.ts';
import { matchesWords, searchNeedle } from '../search/text-match.ts';

/** Not done, with a due date already past. */
export const overdueCondition = (today: string) =>
  sql`(${decisions.status} <> 'done' AND ${decisions.dueOn} IS NOT NULL AND ${decisions.dueOn} < ${today})`;

const collator = new Intl.Collator('fa');

/** A decision's own fields as the decision list and a meeting's page show them. */
export const decisionFieldColumns = {
  seq: decisions.seq,
  text: decisions.text,
  topic: decisions.topic,
  responsible: decisions.responsible,
  dueOn: decisions.dueOn,
  status: decisions.status,
  // The version an edit of this row must name (PATCH /api/decisions/:id).
  version: decisions.version,
};

/** Provinces and organizations for a page of decisions: one query each, never one per row. */
export function withLinks<T extends { id: number }>(db: Db, rows: T[]) {
  const ids = rows.map((r) => r.id);
  const provinceLinks =
    ids.length === 0
      ? []
      : db
          .select({
            decisionId: decisionProvinces.decisionId,
            code: provinces.code,
            nameFa: provinces.nameFa,
            nameEn: provinces.nameEn,
          })
          .from(decisionProvinces)
          .innerJoin(provinces, eq(provinces.code, decisionProvinces.provinceCode))
          .where(inArray(decisionProvinces.decisionId, ids))
          .orderBy(asc(provinces.code))
          .all();
  const organizationLinks =
    ids.length === 0
      ? []
      : db
          .select({ decisionId: decisionOrganizations.decisionId, id: organizations.id, nameFa: organizations.nameFa })
          .from(decisionOrganizations)
          .innerJoin(organizations, eq(organizations.id, decisionOrganizations.organizationId))
          .where(inArray(decisionOrganizations.decisionId, ids))
          .orderBy(asc(organizations.id))
          .all();
  return rows.map((row) => ({
    ...row,
    provinces: provinceLinks.filter((p) => p.decisionId === row.id).map(({ decisionId: _d, ...p }) => p),
    organizations: organizationLinks.filter((o) => o.decisionId === row.id).map(({ decisionId: _d, ...o }) => o),
  }));
}

/** Every filter except `status`, which byStatus must ignore. */
function filterConditions(query: DecisionListQuery, today: string): SQL[] {
  const conditions: SQL[] = [];
  const needle = searchNeedle(query.q ?? '');
  const words = matchesWords(decisions, needle);
  if (words) conditions.push(words);
  if (query.overdue !== undefined) {
    const overdue = overdueCondition(today);
    conditions.push(query.overdue ? overdue : sql`NOT ${overdue}`);
  }
  if (query.topic) conditions.push(eq(decisions.topic, query.topic));
  if (query.province) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${decisionProvinces} WHERE ${decisionProvinces.decisionId} = ${decisions.id}
      AND ${decisionProvinces.provinceCode} = ${query.province})`);
  }
  if (query.from !== undefined) conditions.push(gte(meetings.jalaliYear, query.from));
  if (query.to !== undefined) conditions.push(lte(meetings.jalaliYear, query.to));
  return conditions;
}

export function listDecisions(db: Db, query: DecisionListQuery, today: string) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const filters = filterConditions(query, today);
  const where = and(...filters, query.status ? eq(decisions.status, query.status) : undefined);

  const rows = db
    .select({
      id: decisions.id,
      meetingId: decisions.meetingId,
      meetingTitle: meetings.title,
      meetingHeldOn: meetings.heldOn,
      meetingHeldOnApproximate: meetings.heldOnApproximate,
      ...decisionFieldColumns,
      overdue: overdueCondition(today).mapWith(Boolean),
      source: decisions.source,
    })
    .from(decisions)
    .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
    .where(where)
    // Overdue ones are read as a to-do list: the longest overdue first.
    .orderBy(
      ...(query.overdue ? [asc(decisions.dueOn)] : []),
      desc(meetings.heldOn),
      desc(meetings.id),
      asc(decisions.seq),
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();

  // One grouped count gives the status chart (status filter ignored) and the listed totals.
  const groups = db
    .select({ status: decisions.status, source: decisions.source, n: count() })
    .from(decisions)
    .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
    .where(and(...filters))
    .groupBy(decisions.status, decisions.source)
    .all();
  const byStatus = Object.fromEntries(DECISION_STATUSES.map((s) => [s, 0])) as Record<
    (typeof DECISION_STATUSES)[number],
    number
  >;
  for (const g of groups) byStatus[g.status] += g.n;
  const sources = sourcesOf(query.status ? groups.filter((g) => g.status === query.status) : groups);
  const total = totalOf(sources);

  return { rows: withLinks(db, rows), total, page, pageSize, byStatus, topics: listTopics(db), sources };
}

/** Every topic in use, not only the filtered ones, so picking one never empties the select. */
export function listTopics(db: Db): string[] {
  return db
    .selectDistinct({ topic: decisions.topic })
    .from(decisions)
    .where(ne(decisions.topic, ''))
    .all()
    .map((r) => r.topic)
    .sort(collator.compare);
}
