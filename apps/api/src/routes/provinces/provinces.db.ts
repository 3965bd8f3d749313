import { PROVINCES, perMillion, populationOf, type StatsFilter } from '@hamgen/shared';
import { and, count, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { decisionProvinces, meetings, organizations, provinces } from '../../db/schema.ts';
import { organizationConditions } from '../../lib/organization-filter.ts';
import { linkedDecisions } from '../decisions/decision-summary.ts';

const METRICS = ['total', 'formed', 'active', 'members'] as const;
type Metric = (typeof METRICS)[number];

export interface MetricComparison {
  value: number;
  /** The national median over all 31 provinces, zeros included. */
  median: number;
  /** 1 = highest of the 31. */
  rank: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

type Comparison = Record<Metric, MetricComparison>;

/**
 * The province's figures beside the national median (every province counted, zeros included),
 * as counts and per million inhabitants of the 1395 census, each ranked among the 31.
 */
export function compareProvinces(
  db: Db,
  filter: StatsFilter,
  code: string,
): { count: Comparison; perMillion: Comparison } {
  const inRange = organizationConditions({ from: filter.from, to: filter.to }) ?? sql`1`;
  const grouped = db
    .select({
      province: organizations.provinceCode,
      total: count(),
      formed: sql<number>`coalesce(sum(${inRange}), 0)`,
      active: sql<number>`coalesce(sum(${organizations.status} = 'active'), 0)`,
      members: sql<number>`coalesce(sum(${organizations.members}), 0)`,
    })
    .from(organizations)
    .where(
      and(
        isNotNull(organizations.provinceCode),
        organizationConditions({ ...filter, from: undefined, province: undefined }),
      ),
    )
    .groupBy(organizations.provinceCode)
    .all();
  const byProvince = new Map(grouped.map((g) => [g.province, g]));
  const countOf = (province: string, metric: Metric) => byProvince.get(province)?.[metric] ?? 0;
  const compare = (figureOf: (province: string, metric: Metric) => number) => {
    const result = {} as Comparison;
    for (const metric of METRICS) {
      const values = PROVINCES.map((p) => figureOf(p.code, metric));
      const value = figureOf(code, metric);
      result[metric] = { value, median: median(values), rank: 1 + values.filter((v) => v > value).length };
    }
    return result;
  };
  return {
    count: compare(countOf),
    perMillion: compare((province, metric) => perMillion(countOf(province, metric), populationOf(province))),
  };
}

export function getProvinceSheet(db: Db, code: string, filter: StatsFilter) {
  const province = db.select().from(provinces).where(eq(provinces.code, code)).get();
  if (!province) return undefined;
  const namingDecisions = linkedDecisions(db, decisionProvinces, eq(decisionProvinces.provinceCode, code), 50);
  const approvingMeetings = db
    .select({
      id: meetings.id,
      title: meetings.title,
      heldOn: meetings.heldOn,
      source: meetings.source,
      approved: count(),
    })
    .from(organizations)
    .innerJoin(meetings, eq(meetings.id, organizations.approvedInMeetingId))
    .where(eq(organizations.provinceCode, code))
    .groupBy(meetings.id)
    .orderBy(desc(meetings.heldOn))
    .limit(20)
    .all();
  const { count: metrics, perMillion: metricsPerMillion } = compareProvinces(db, filter, code);
  return {
    province,
    metrics,
    /** The same figures per million inhabitants (1395 census); added beside `metrics`. */
    metricsPerMillion,
    population: populationOf(code),
    decisions: namingDecisions,
    meetings: approvingMeetings,
  };
}
