import { PROVINCES, type StatsFilter } from '@hamgen/shared';
import { count, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations } from '../../db/schema.ts';
import { organizationConditions } from '../../lib/organization-filter.ts';

/** Rows counted per source ('article', 'demo', 'import:…'), so the UI can badge demo numbers. */
export type SourceCounts = Record<string, number>;

export interface ProvinceCount {
  province: string;
  nameFa: string;
  nameEn: string;
  count: number;
  /** How many of `count` are demo rows. */
  demo: number;
}

function addSource(sources: SourceCounts, source: string, n: number) {
  sources[source] = (sources[source] ?? 0) + n;
}

/** by-province returns all 31 rows, zeros included, so the map and chart have no holes. */
export function countByProvince(db: Db, filter: StatsFilter): { rows: ProvinceCount[]; sources: SourceCounts } {
  const grouped = db
    .select({ province: organizations.provinceCode, source: organizations.source, n: count() })
    .from(organizations)
    .where(sql`${organizations.provinceCode} IS NOT NULL AND ${organizationConditions(filter) ?? sql`1`}`)
    .groupBy(organizations.provinceCode, organizations.source)
    .all();
  const rows = new Map<string, ProvinceCount>(
    PROVINCES.map((p) => [p.code, { province: p.code, nameFa: p.nameFa, nameEn: p.nameEn, count: 0, demo: 0 }]),
  );
  const sources: SourceCounts = {};
  for (const g of grouped) {
    const row = g.province ? rows.get(g.province) : undefined;
    if (!row) continue;
    row.count += g.n;
    if (g.source === 'demo') row.demo += g.n;
    addSource(sources, g.source, g.n);
  }
  return { rows: [...rows.values()], sources };
}
