import { FIRST_JALALI_YEAR, type TimelineQuery } from '@hamgen/shared';
import { count, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations } from '../../db/schema.ts';
import { organizationConditions } from '../../lib/organization-filter.ts';
import { addSource, type SourceCounts } from '../../lib/source-counts.ts';
import { timelineMeetingCounts } from './timeline-meetings.db.ts';

export interface TimelineRow {
  year: number;
  count: number;
  demo: number;
  /** Counts per kind or sector when the timeline is stacked. */
  groups: Record<string, number>;
}

/** The filter's years, defaulting to 1378 through the last year with an association. */
export function yearRange(db: Db, filter: { from?: number; to?: number }): { from: number; to: number } {
  const lastYear = db
    .select({ year: max(organizations.jalaliYear) })
    .from(organizations)
    .get()?.year;
  const from = filter.from ?? FIRST_JALALI_YEAR;
  return { from, to: filter.to ?? Math.max(lastYear ?? from, from) };
}

/** Formations per Jalali year, every year of the range present (zeros included). */
export function computeTimeline(db: Db, query: TimelineQuery) {
  const { stack, ...filter } = query;
  const stackColumn =
    stack === 'kind' ? organizations.kind : stack === 'sector' ? organizations.sectorCode : sql<string>`''`;
  const grouped = db
    .select({ year: organizations.jalaliYear, key: stackColumn, source: organizations.source, n: count() })
    .from(organizations)
    .where(organizationConditions(filter))
    .groupBy(organizations.jalaliYear, stackColumn, organizations.source)
    .all();

  const { from, to } = yearRange(db, filter);
  const rows: TimelineRow[] = [];
  for (let year = from; year <= to; year++) rows.push({ year, count: 0, demo: 0, groups: {} });

  const sources: SourceCounts = {};
  const keys = new Set<string>();
  for (const g of grouped) {
    const row = rows[g.year - from];
    if (!row) continue;
    row.count += g.n;
    if (g.source === 'demo') row.demo += g.n;
    if (stack) {
      row.groups[g.key] = (row.groups[g.key] ?? 0) + g.n;
      keys.add(g.key);
    }
    addSource(sources, g.source, g.n);
  }
  // Added beside `rows` (not inside them): how many meetings the commission held each year of
  // the range. Their names are a separate answer (timeline/meetings), asked for when a reader
  // points at the chart or opens its table: at 100k they are nine tenths of the bytes.
  const meetings = timelineMeetingCounts(db, filter, { from, to });
  return { stack: stack ?? null, keys: [...keys].sort(), rows, sources, meetings };
}
