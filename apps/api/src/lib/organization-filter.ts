// The shared stats filter as SQL conditions on `organizations` (or on `organization_counts`,
// which has the same filter columns), used by every endpoint that counts or lists associations
// so that a filter means the same thing everywhere.
import type { StatsFilter } from '@hamgen/shared';
import { and, type Column, eq, gte, lte, type SQL } from 'drizzle-orm';
import { organizations } from '../db/schema.ts';

/** The filter's columns: the associations themselves, or their counts (organization_counts). */
type FilterColumns = Record<'jalaliYear' | 'sectorCode' | 'kind' | 'status' | 'provinceCode', Column>;

export function organizationConditions(filter: StatsFilter, on: FilterColumns = organizations): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.from !== undefined) conditions.push(gte(on.jalaliYear, filter.from));
  if (filter.to !== undefined) conditions.push(lte(on.jalaliYear, filter.to));
  if (filter.sector) conditions.push(eq(on.sectorCode, filter.sector));
  if (filter.kind) conditions.push(eq(on.kind, filter.kind));
  if (filter.status) conditions.push(eq(on.status, filter.status));
  if (filter.province) conditions.push(eq(on.provinceCode, filter.province));
  return conditions.length > 0 ? and(...conditions) : undefined;
}
