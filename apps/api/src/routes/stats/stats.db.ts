import { PROVINCES, perMillion, populationOf, SECTORS, type StatsFilter } from '@hamgen/shared';
import { and, count, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations } from '../../db/schema.ts';
import { organizationConditions } from '../../lib/organization-filter.ts';
import { addSource, type SourceCounts } from '../../lib/source-counts.ts';

export interface PlaceCount {
  count: number;
  /** How many of `count` are demo rows. */
  demo: number;
}
export interface ProvinceCount extends PlaceCount {
  province: string;
  nameFa: string;
  nameEn: string;
  /** 1395 census (source = census). */
  population: number;
  /** Associations per million inhabitants (1395 census). */
  perMillion: number;
}
export interface SectorCount extends PlaceCount {
  sector: string;
  nameFa: string;
  nameEn: string;
}

/** by-province returns all 31 rows, zeros included, so the map and chart have no holes. */
export function countByProvince(db: Db, filter: StatsFilter): { rows: ProvinceCount[]; sources: SourceCounts } {
  const grouped = db
    .select({ key: organizations.provinceCode, source: organizations.source, n: count() })
    .from(organizations)
    .where(and(isNotNull(organizations.provinceCode), organizationConditions(filter)))
    .groupBy(organizations.provinceCode, organizations.source)
    .all();
  const rows = PROVINCES.map((p) => ({
    province: p.code,
    nameFa: p.nameFa,
    nameEn: p.nameEn,
    count: 0,
    demo: 0,
    population: populationOf(p.code),
    perMillion: 0,
  }));
  const sources = fold(rows, (r) => r.province, grouped);
  for (const row of rows) row.perMillion = perMillion(row.count, row.population);
  return { rows, sources };
}

/** Every sector, zeros included, in the order of the shared sector list. */
export function countBySector(db: Db, filter: StatsFilter): { rows: SectorCount[]; sources: SourceCounts } {
  const grouped = db
    .select({ key: organizations.sectorCode, source: organizations.source, n: count() })
    .from(organizations)
    .where(organizationConditions(filter))
    .groupBy(organizations.sectorCode, organizations.source)
    .all();
  const rows = SECTORS.map((s) => ({ sector: s.code, nameFa: s.nameFa, nameEn: s.nameEn, count: 0, demo: 0 }));
  return { rows, sources: fold(rows, (r) => r.sector, grouped) };
}

/** Adds grouped (key, source, n) counts into zero-filled rows; returns the counts per source. */
function fold<R extends PlaceCount>(
  rows: R[],
  keyOf: (row: R) => string,
  grouped: { key: string | null; source: string; n: number }[],
): SourceCounts {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  const sources: SourceCounts = {};
  for (const g of grouped) {
    const row = g.key === null ? undefined : byKey.get(g.key);
    if (!row) continue;
    row.count += g.n;
    if (g.source === 'demo') row.demo += g.n;
    addSource(sources, g.source, g.n);
  }
  return sources;
}
