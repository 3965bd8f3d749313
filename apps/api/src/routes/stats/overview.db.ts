import { DECISION_STATUSES, type StatsFilter } from '@hamgen/shared';
import { and, count, countDistinct, eq, gte, inArray, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { decisions, meetings, organizationCounts, reportedFigures } from '../../db/schema.ts';
import { isoToday } from '../../lib/clock.ts';
import { organizationConditions } from '../../lib/organization-filter.ts';
import { countBySource, mergeSources, type SourceCounts, sourcesOf, totalOf } from '../../lib/source-counts.ts';

export interface OverviewKpis {
  /** Associations existing by the end of the period (all years up to `to`). */
  total: number;
  /** Formed within the selected years. */
  formed: number;
  /** Provinces with at least one association formed in the period, of 31. */
  provincesCovered: number;
  national: number;
  meetings: number;
  /** Decisions still open or in progress, of meetings in the period. */
  openDecisions: number;
  overdueDecisions: number;
}

const OPEN_STATUSES = DECISION_STATUSES.filter((status) => status !== 'done');

function meetingYears(filter: StatsFilter): SQL | undefined {
  return and(
    filter.from !== undefined ? gte(meetings.jalaliYear, filter.from) : undefined,
    filter.to !== undefined ? lte(meetings.jalaliYear, filter.to) : undefined,
  );
}

/** `today` (ISO) is the day decisions become overdue after: the route's clock (`c.var.now`). */
export function computeKpis(db: Db, filter: StatsFilter, today: string): { kpis: OverviewKpis; sources: SourceCounts } {
  // Every association count comes from organization_counts (one row per combination of the
  // filter's columns and source, kept by triggers), not from the 100k rows themselves.
  const upToEnd = organizationConditions({ ...filter, from: undefined }, organizationCounts);
  const n = sql<number>`sum(${organizationCounts.n})`.mapWith(Number);
  const byKind = db
    .select({ kind: organizationCounts.kind, source: organizationCounts.source, n })
    .from(organizationCounts)
    .where(upToEnd)
    .groupBy(organizationCounts.kind, organizationCounts.source)
    .all();
  // Sorted by source, so `sources` lists them in the order a GROUP BY source would.
  const totals = sourcesOf([...byKind].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)));
  const total = totalOf(totals);
  const inPeriod = organizationConditions(filter, organizationCounts);
  // Without a first year the period's associations are those up to its end, already counted.
  const formedCount =
    filter.from === undefined ? total : (db.select({ n }).from(organizationCounts).where(inPeriod).get()?.n ?? 0);
  // Provinces with a match; a national association's '' is no province.
  const provincesCovered =
    db
      .select({ n: countDistinct(organizationCounts.provinceCode) })
      .from(organizationCounts)
      .where(and(inPeriod, ne(organizationCounts.provinceCode, '')))
      .get()?.n ?? 0;
  const national =
    filter.kind === undefined || filter.kind === 'national_association'
      ? byKind.filter((r) => r.kind === 'national_association').reduce((s, r) => s + r.n, 0)
      : 0;
  const years = meetingYears(filter);
  const meetingCounts = countBySource(db, meetings, years);
  // Open statuses listed (not `<> 'done'`) so the status index is searched, not the whole table;
  // meetings are joined only when their years filter (every decision has its meeting).
  const pendingColumns = {
    source: decisions.source,
    n: count(),
    overdue: sql<number>`coalesce(sum(${decisions.dueOn} IS NOT NULL AND ${decisions.dueOn} < ${today}), 0)`,
  };
  const open = inArray(decisions.status, OPEN_STATUSES);
  const pending = (
    years
      ? db
          .select(pendingColumns)
          .from(decisions)
          .innerJoin(meetings, eq(meetings.id, decisions.meetingId))
          .where(and(open, years))
      : db.select(pendingColumns).from(decisions).where(open)
  )
    .groupBy(decisions.source)
    .all();

  const pendingSources = sourcesOf(pending);
  return {
    kpis: {
      total,
      formed: formedCount,
      provincesCovered,
      national,
      meetings: meetingCounts.total,
      openDecisions: totalOf(pendingSources),
      overdueDecisions: pending.reduce((s, r) => s + r.overdue, 0),
    },
    sources: mergeSources(totals, meetingCounts.sources, pendingSources),
  };
}

/** Figures a source reported for years inside the period (the article's 15 in 1399). */
export function reportedFiguresIn(db: Db, filter: StatsFilter) {
  return db
    .select({
      metric: reportedFigures.metric,
      jalaliYear: reportedFigures.jalaliYear,
      value: reportedFigures.value,
      provinceCodes: reportedFigures.provinceCodes,
      meetingId: reportedFigures.meetingId,
      note: reportedFigures.note,
      source: reportedFigures.source,
    })
    .from(reportedFigures)
    .where(
      and(
        filter.from !== undefined ? gte(reportedFigures.jalaliYear, filter.from) : undefined,
        filter.to !== undefined ? lte(reportedFigures.jalaliYear, filter.to) : undefined,
        filter.province
          ? sql`EXISTS (SELECT 1 FROM json_each(${reportedFigures.provinceCodes}) WHERE value = ${filter.province})`
          : undefined,
        // Figures count associations of every sector and kind; a narrower filter has no figure to compare.
        filter.sector || filter.status ? sql`0` : undefined,
        filter.kind && filter.kind !== 'provincial_association' ? sql`0` : undefined,
      ),
    )
    .all();
}

/** `today` defaults to the real day only for callers without an app clock (the bench). */
export function computeOverview(db: Db, filter: StatsFilter, today = isoToday()) {
  const current = computeKpis(db, filter, today);
  // Year over year: with one year selected, the same figures for the year before.
  const year = filter.from !== undefined && filter.from === filter.to ? filter.from : undefined;
  const previous = year !== undefined ? computeKpis(db, { ...filter, from: year - 1, to: year - 1 }, today).kpis : null;
  return { ...current, previous, reported: reportedFiguresIn(db, filter) };
}
