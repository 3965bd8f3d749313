// Optimistic concurrency for every PATCH and DELETE: the client sends the version it read; if
// the row has moved on, nothing is written and the client is told to reload.
import { and, eq, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ApiError } from './errors.ts';

interface VersionedTable {
  id: SQLiteColumn;
  version: SQLiteColumn;
}

export const CONFLICT_MESSAGE =
  'این رکورد را کس دیگری پس از باز شدن آن در صفحه شما تغییر داده است؛ صفحه را دوباره بارگذاری کنید و تغییرات خود را دوباره وارد کنید';

/** The row, when it exists at the version the client read; 404 or 409 otherwise. */
export function expectVersion<T extends { version: number }>(row: T | undefined, version: number, notFound: string): T {
  if (!row) throw new ApiError(404, 'not_found', notFound);
  if (row.version !== version) throw new ApiError(409, 'conflict', CONFLICT_MESSAGE);
  return row;
}

/** The row `id` only while it still has `version`: a write that lost the race changes nothing. */
export const atVersion = (table: VersionedTable, id: number, version: number) =>
  and(eq(table.id, id), eq(table.version, version));

/** What a write sets `version` to: every change moves the row on by one. */
export const nextVersion = (table: { version: SQLiteColumn }) => sql<number>`${table.version} + 1`;
