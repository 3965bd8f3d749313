// Rows counted per source ('article', 'demo', 'import:…', and 'census' for population figures),
// so the UI can badge demo numbers. Every answer that carries `sources` builds it here.
import { count, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.ts';

export type SourceCounts = Record<string, number>;

export function addSource(sources: SourceCounts, source: string, n: number): void {
  if (n > 0) sources[source] = (sources[source] ?? 0) + n;
}

export function mergeSources(...all: SourceCounts[]): SourceCounts {
  const merged: SourceCounts = {};
  for (const sources of all) for (const [source, n] of Object.entries(sources)) addSource(merged, source, n);
  return merged;
}

/** Grouped counts (by source, perhaps with other columns too) summed per source, in their order. */
export function sourcesOf(groups: readonly { source: string; n: number }[]): SourceCounts {
  const sources: SourceCounts = {};
  for (const g of groups) addSource(sources, g.source, g.n);
  return sources;
}

export const totalOf = (sources: SourceCounts): number => Object.values(sources).reduce((sum, n) => sum + n, 0);

/** The rows of `table` that `where` selects, counted per source, and their total. */
export function countBySource(
  db: Db,
  table: SQLiteTable & { source: AnySQLiteColumn<{ data: string; notNull: true }> },
  where: SQL | undefined,
): { sources: SourceCounts; total: number } {
  const sources = sourcesOf(
    db.select({ source: table.source, n: count() }).from(table).where(where).groupBy(table.source).all(),
  );
  return { sources, total: totalOf(sources) };
}
