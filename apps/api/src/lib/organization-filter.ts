// The shared stats filter as SQL conditions on `organizations`, used by every endpoint that
// counts or lists associations so that a filter means the same thing everywhere.
import type { StatsFilter } from '@hamgen/shared';
import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import { organizations } from '../db/schema.ts';

export function organizationConditions(filter: StatsFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.from !== undefined) conditions.push(gte(organizations.jalaliYear, filter.from));
  if (filter.to !== undefined) conditions.push(lte(organizations.jalaliYear, filter.to));
  if (filter.sector) conditions.push(eq(organizations.sectorCode, filter.sector));
  if (filter.kind) conditions.push(eq(organizations.kind, filter.kind));
  if (filter.status) conditions.push(eq(organizations.status, filter.status));
  if (filter.province) conditions.push(eq(organizations.provinceCode, filter.province));
  return conditions.length > 0 ? and(...conditions) : undefined;
}
