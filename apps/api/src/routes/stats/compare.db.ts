import { type CompareQuery, PROVINCES, perMillion, populationOf, provinceByCode } from '@hamgen/shared';
import { and, count, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations } from '../../db/schema.ts';
import { organizationConditions } from '../../lib/organization-filter.ts';
import { addSource, type SourceCounts } from '../../lib/source-counts.ts';
import { median } from '../provinces/provinces.db.ts';
import { yearRange } from './timeline.db.ts';

export interface YearCount {
  year: number;
  count: number;
}

export interface ComparedProvince {
  province: string;
  nameFa: string;
  nameEn: string;
  series: YearCount[];
  total: number;
  /** 1395 census (source = census). */
  population: number;
  perMillion: number;
}

/**
 * Formations per Jalali year for the chosen provinces, plus the national median of each year
 * over all 31 provinces (zeros included), so a line can be read against a typical province.
 */
export function compareProvinceSeries(db: Db, query: CompareQuery) {
  const { provinces: codes, ...filter } = query;
  const grouped = db
    .select({
      province: organizations.provinceCode,
      year: organizations.jalaliYear,
      source: organizations.source,
      n: count(),
    })
    .from(organizations)
    .where(and(isNotNull(organizations.provinceCode), organizationConditions(filter)))
    .groupBy(organizations.provinceCode, organizations.jalaliYear, organizations.source)
    .all();
  const { from, to } = yearRange(db, filter);
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);

  // counts[province][yearIndex], every province present so the median sees the zeros.
  const counts = new Map(PROVINCES.map((p) => [p.code, years.map(() => 0)]));
  const chosen = new Set(codes);
  const sources: SourceCounts = {};
  for (const g of grouped) {
    const row = g.province === null ? undefined : counts.get(g.province);
    const index = g.year - from;
    if (!row || index < 0 || index >= years.length) continue;
    row[index] = (row[index] ?? 0) + g.n;
    if (g.province !== null && chosen.has(g.province)) addSource(sources, g.source, g.n);
  }

  const provinces: ComparedProvince[] = codes.map((code) => {
    const row = counts.get(code) ?? [];
    const total = row.reduce((s, n) => s + n, 0);
    const population = populationOf(code);
    const province = provinceByCode(code);
    return {
      province: code,
      nameFa: province?.nameFa ?? code,
      nameEn: province?.nameEn ?? code,
      series: years.map((year, i) => ({ year, count: row[i] ?? 0 })),
      total,
      population,
      perMillion: perMillion(total, population),
    };
  });
  const all = [...counts.values()];
  const medianSeries = years.map((year, i) => ({ year, count: median(all.map((row) => row[i] ?? 0)) }));
  return { provinces, median: medianSeries, sources };
}
