// What the HTTP part measures, in order. The bare server runs first and last: their difference
// shows how much the machine drifted, and their mean is the reference for the unjudged ratios.
// Each stats endpoint, whose ratio is judged, alternates with the bare server in short rounds and
// is compared with those bare runs (ADR 023).
import { type LoadResult, type LoadTarget, runLoad } from './load.ts';
import type { RunningServer } from './servers.ts';

const CONNECTIONS = 50;
/** Stats endpoints: rounds of 2 s against the bare server's 2 s (bare, api, api, bare, twice). */
const PAIRED_ROUNDS = 4;
const PAIRED_SECONDS = 2;
const STATS_ENDPOINTS = ['overview', 'by-province', 'timeline', 'by-sector'];
/** A typical dashboard filter (a span of years); the other run sends no filter at all. */
const YEARS_FILTER = 'from=1395&to=1400';

/** Words from the demo vocabulary: names, a province, decision topics; one query matches thousands. */
export const SEARCH_QUERIES = [
  'فولاد',
  'لبنیات کرمان',
  'کاشی سرامیک یزد',
  'انتخابات تشکل‌ها',
  'اساسنامه',
  'صنایع همگن تهران',
];
const searchPaths = SEARCH_QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`);

export function loadPlan(): LoadTarget[] {
  const fast = { connections: CONNECTIONS, seconds: 5, warmupConnections: CONNECTIONS };
  const bare = (name: string): LoadTarget => ({ name, group: 'bare', server: 'bare', paths: ['/'], ...fast });
  const stats = STATS_ENDPOINTS.flatMap((endpoint): LoadTarget[] =>
    ['', `?${YEARS_FILTER}`].map((query) => ({
      name: `/api/stats/${endpoint}${query}`,
      group: 'stats',
      server: 'api',
      paths: [`/api/stats/${endpoint}${query}`],
      ...fast,
      seconds: PAIRED_SECONDS,
      pairedRounds: PAIRED_ROUNDS,
    })),
  );
  const search = { name: '/api/search (6 queries)', group: 'search', server: 'api', paths: searchPaths } as const;
  return [
    bare('bare node:http'),
    {
      name: "bare node:http + the app's answer headers",
      group: 'floor',
      server: 'headers',
      paths: ['/'],
      ...fast,
    },
    { name: 'Hono floor (one route, no middleware)', group: 'floor', server: 'floor', paths: ['/'], ...fast },
    { name: '/api/health', group: 'health', server: 'api', paths: ['/api/health'], ...fast },
    ...stats,
    // One connection shows a search's own cost, without 49 others queued ahead of it; searches
    // are slow, so they run longer to collect enough answers for a percentile.
    { ...search, name: `${search.name}, 1 conn`, connections: 1, seconds: 10, warmupConnections: 1 },
    { ...search, connections: CONNECTIONS, seconds: 10, warmupConnections: 1 },
    bare('bare node:http (again, at the end)'),
  ];
}

export interface HttpSection {
  /** Mean req/s of the bare node:http runs at the start and the end: unpaired targets' reference. */
  bareReqPerSec: number;
  /** How far the second bare run landed from the first, in percent (machine noise). */
  bareDriftPercent: number;
  results: (LoadResult & { ratioToBare: number })[];
}

/** Runs every target in turn (never two at once: the machine has two cores). */
export async function runLoadPlan(
  servers: Record<LoadTarget['server'], RunningServer>,
  log: (line: string) => void,
): Promise<HttpSection> {
  const results: LoadResult[] = [];
  for (const target of loadPlan()) {
    const result = await runLoad(servers[target.server], target, servers.bare);
    const paired = result.pairedBare
      ? `; bare beside it ${Math.round(result.pairedBare.reqPerSec)} req/s, ${(result.reqPerSec / result.pairedBare.reqPerSec).toFixed(2)}×`
      : '';
    log(
      `${target.name}: ${Math.round(result.reqPerSec)} req/s, p99 ${result.p99Ms} ms (${result.requests} requests${paired})`,
    );
    results.push(result);
  }
  const bare = results.filter((r) => r.group === 'bare').map((r) => r.reqPerSec);
  const bareReqPerSec = bare.reduce((a, b) => a + b, 0) / bare.length;
  const [start = Number.NaN, end = Number.NaN] = bare;
  return {
    bareReqPerSec,
    bareDriftPercent: ((end - start) / start) * 100,
    results: results.map((r) => ({ ...r, ratioToBare: r.reqPerSec / (r.pairedBare?.reqPerSec ?? bareReqPerSec) })),
  };
}
