// The shape of bench/results.json, and the budgets of PRODUCT.md judged against it.
import { FIRST_SCREEN_BUDGET_BYTES } from '../../scripts/first-screen.mjs';
import type { ProfileResult } from './browser.ts';
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

export function judgeBudgets(r: Omit<BenchResults, 'budgets'>): Budget[] {
  const stats = r.http.results.filter((x) => x.group === 'stats');
  const worstP99 = stats.reduce((a, b) => (b.p99Ms > a.p99Ms ? b : a));
  const worstRatio = stats.reduce((a, b) => (b.ratioToBare < a.ratioToBare ? b : a));
  // Error answers are fast, so a run with any failed request proves nothing.
  const statsClean = stats.every((x) => x.failed === 0 && x.firstStatus === 200);
  const search = r.http.results.find((x) => x.group === 'search' && x.connections > 1);
  const slow = r.browser.find((p) => p.throttled);
  const firstScreen = r.bundle.firstScreen.gzip;
  const requested = r.bundle.requestedBeforeVisible.gzip;
  return [
    {
      name: 'stats p99 (100k associations, 50 connections)',
      limit: '≤ 10 ms',
      measured: `${ms(worstP99.p99Ms)} worst (${worstP99.name})`,
      pass: statsClean && worstP99.p99Ms <= 10,
    },
    {
      name: 'stats throughput vs bare node:http',
      limit: '≥ 0.5×',
      measured: `${worstRatio.ratioToBare.toFixed(2)}× worst (${worstRatio.name})`,
      pass: statsClean && worstRatio.ratioToBare >= 0.5,
    },
    {
      name: 'first-screen JS, gzip (build manifest)',
      limit: `≤ ${kB(FIRST_SCREEN_BUDGET_BYTES)}`,
      measured: kB(firstScreen),
      pass: firstScreen <= FIRST_SCREEN_BUDGET_BYTES,
    },
    {
      name: 'first-screen JS, gzip (requested before map + KPIs visible)',
      limit: `≤ ${kB(FIRST_SCREEN_BUDGET_BYTES)}`,
      measured: kB(requested),
      pass: requested <= FIRST_SCREEN_BUDGET_BYTES,
    },
    {
      name: `map + KPIs visible (${slow?.profile ?? 'slow profile missing'}, median)`,
      limit: '≤ 2.5 s',
      measured: slow ? ms(slow.medianVisibleMs) : 'not measured',
      pass: slow !== undefined && slow.medianVisibleMs <= 2500,
    },
    {
      name: 'search p99 at 100k (50 connections)',
      limit: '≤ 200 ms',
      measured: search ? ms(search.p99Ms) : 'not measured',
      pass: search !== undefined && search.failed === 0 && search.p99Ms <= 200,
    },
  ];
}
