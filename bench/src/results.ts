// The shape of bench/results.json, and the budgets of docs/budgets.md judged against it.

import type { ProfileResult } from './browser.ts';
import { BUDGETS, FIRST_SCREEN_BUDGET_BYTES } from './budgets.ts';
import type { manifestSizes, requestedJsSizes } from './bundle.ts';
import type { HttpSection } from './load-plan.ts';
import type { QueryTiming } from './queries.ts';
import type { ScaleDb } from './seed-db.ts';

export interface BenchResults {
  machine: {
    cpu: string;
    cores: number;
    ramGb: number;
    node: string;
    os: string;
    date: string;
    /** 1/5/15-minute load before and after the bench, and heavy processes seen: noise to know about. */
    loadAverage: number[];
    loadAverageAfter?: number[];
    busyWith: string[];
  };
  durationSeconds: number;
  dataset: Pick<ScaleDb, 'rows' | 'cached' | 'buildSeconds'> & { options: object; sizeMb: number };
  http: HttpSection;
  queries: QueryTiming[];
  bundle: ReturnType<typeof manifestSizes> & { requestedBeforeVisible: ReturnType<typeof requestedJsSizes> };
  browser: ProfileResult[];
  serverMemory: { serverRssMb: number; serverPeakRssMb: number };
  /** The Node arguments the API server ran with (the compiled bundle and production's flags). */
  server: { args: string[] };
  budgets: Budget[];
}

export interface Budget {
  name: string;
  limit: string;
  measured: string;
  pass: boolean;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const worst = <T>(items: T[], by: (item: T) => number): T | undefined =>
  items.reduce<T | undefined>((a, b) => (a === undefined || by(b) > by(a) ? b : a), undefined);

/** One row per budget of docs/budgets.md. A missing measurement is a failure, never a pass. */
export function judgeBudgets(r: Omit<BenchResults, 'budgets'>): Budget[] {
  const stats = r.http.results.filter((x) => x.group === 'stats');
  const bares = r.http.results.filter((x) => x.group === 'bare');
  // The best bare p99 of the run: the first and last bare runs' and each endpoint's paired bare runs'
  // (merged), so a disturbed bare run cannot loosen the limit.
  const bareP99 = Math.min(
    ...bares.map((x) => x.p99Ms),
    ...stats.flatMap((x) => (x.pairedBare ? [x.pairedBare.p99Ms] : [])),
  );
  const p99Limit = Math.max(BUDGETS.statsP99Ms, BUDGETS.statsP99BareMultiple * bareP99);
  const worstP99 = worst(stats, (x) => x.p99Ms);
  const worstRatio = worst(stats, (x) => -x.ratioToBare);
  // Error answers are fast, so a run with any failed request proves nothing.
  const statsClean =
    stats.length > 0 &&
    stats.every(
      (x) => x.failed === 0 && x.firstStatus === 200 && x.pairedBare !== undefined && x.pairedBare.failed === 0,
    );
  const search = r.http.results.find((x) => x.group === 'search' && x.connections > 1);
  const overview = r.queries.find((q) => q.name === 'computeOverview');
  const slow = r.browser.find((p) => p.throttled);
  const requested = r.bundle.requestedBeforeVisible.gzip;
  const memory = r.serverMemory;
  return [
    {
      name: 'stats throughput vs bare node:http beside it (worst endpoint)',
      limit: `≥ ${BUDGETS.statsThroughputRatio}×`,
      measured: worstRatio ? `${worstRatio.ratioToBare.toFixed(2)}× (${worstRatio.name})` : 'not measured',
      pass: statsClean && worstRatio !== undefined && worstRatio.ratioToBare >= BUDGETS.statsThroughputRatio,
    },
    {
      name: 'stats p99, 50 connections (worst endpoint)',
      limit: `≤ ${BUDGETS.statsP99Ms} ms or ≤ ${BUDGETS.statsP99BareMultiple}× bare p99 (here ${ms(p99Limit)})`,
      measured: worstP99 ? `${ms(worstP99.p99Ms)} (${worstP99.name})` : 'not measured',
      pass: statsClean && worstP99 !== undefined && worstP99.p99Ms <= p99Limit,
    },
    {
      name: 'search p99 at 100k, 50 connections',
      limit: `≤ ${BUDGETS.searchP99Ms} ms`,
      measured: search ? ms(search.p99Ms) : 'not measured',
      pass: search !== undefined && search.failed === 0 && search.p99Ms <= BUDGETS.searchP99Ms,
    },
    {
      name: 'uncached overview aggregate at 100k (median of filters)',
      limit: `≤ ${BUDGETS.overviewUncachedMs} ms`,
      measured: overview ? `${ms(overview.medianMs)} (max ${ms(overview.maxMs)})` : 'not measured',
      pass: overview !== undefined && overview.medianMs <= BUDGETS.overviewUncachedMs,
    },
    {
      name: 'JS requested before map + KPIs visible (gzip)',
      limit: `≤ ${kB(FIRST_SCREEN_BUDGET_BYTES)}`,
      measured: `${kB(requested)} (build manifest: ${kB(r.bundle.firstScreen.gzip)})`,
      pass: requested > 0 && requested <= FIRST_SCREEN_BUDGET_BYTES,
    },
    {
      name: `map + KPIs visible (${slow?.profile ?? 'slow profile missing'}, median)`,
      limit: `≤ ${(BUDGETS.visibleSlowMs / 1000).toFixed(1)} s`,
      measured: slow ? ms(slow.medianVisibleMs) : 'not measured',
      pass: slow !== undefined && slow.medianVisibleMs <= BUDGETS.visibleSlowMs,
    },
    {
      name: 'server RSS at the end / peak',
      limit: `≤ ${BUDGETS.serverRssEndMb} MB / ≤ ${BUDGETS.serverRssPeakMb} MB`,
      measured: `${memory.serverRssMb.toFixed(0)} MB / ${memory.serverPeakRssMb.toFixed(0)} MB`,
      pass: memory.serverRssMb <= BUDGETS.serverRssEndMb && memory.serverPeakRssMb <= BUDGETS.serverRssPeakMb,
    },
  ];
}

export const allPass = (budgets: Budget[]) => budgets.every((b) => b.pass);
