// Prometheus metrics of one app instance (prom-client), read at GET /metrics: requests by route
// pattern and status, in-flight requests, the process (event-loop lag, heap, RSS: prom-client's
// defaults), the SQLite file and its WAL, cache lookups and the last successful backup. Each app
// has its own registry, so tests can build many apps in one process.
//
// The per-request samples (the request counter, the duration histogram, cache lookups) are kept
// as plain numbers and handed to prom-client when /metrics is read: a labelled prom-client child
// hashes its labels on every call, which cost a cached answer more than writing its access line.
import { statSync } from 'node:fs';
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { BackupStatus } from './backup-schedule.ts';

export interface Metrics {
  registry: Registry;
  /** What GET /metrics answers: the registry's metrics and the request series. */
  text(): Promise<string>;
  /** One finished request; `route` is the pattern Hono matched (never the raw path). */
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  inFlight: Gauge;
  /** The hook the caches call on every lookup. */
  cacheLookup(hit: boolean): void;
}

const fileSize = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

export function createMetrics(options: { databasePath: string; backups?: BackupStatus | null }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  // Gauges whose names end in _total, which promtool refuses; the same counts by type remain
  // (nodejs_active_handles, nodejs_active_requests, nodejs_active_resources).
  for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) {
    registry.removeSingleMetric(name);
  }
  // One entry per (method, route, status) seen; routes are patterns and unmatched requests share
  // one label, so this stays small.
  const seriesByRoute = new Map<string, Map<string, Map<number, RequestSeries>>>();
  const allSeries: RequestSeries[] = [];
  const inFlight = new Gauge({
    name: 'hamgen_http_requests_in_flight',
    help: 'Requests being answered right now',
    registers: [registry],
  });
  const lookups = { hit: 0, miss: 0 };
  const lookupsReported = { hit: 0, miss: 0 };
  new Counter({
    name: 'hamgen_cache_lookups_total',
    help: 'Lookups in the stats cache, by result',
    labelNames: ['result'] as const,
    registers: [registry],
    collect() {
      for (const result of ['hit', 'miss'] as const) {
        // Both series from the first scrape on, as prom-client gave them before.
        this.inc({ result }, lookups[result] - lookupsReported[result]);
        lookupsReported[result] = lookups[result];
      }
    },
  });
  const { databasePath } = options;
  new Gauge({
    name: 'hamgen_sqlite_file_bytes',
    help: 'Size of the SQLite database file and of its write-ahead log',
    labelNames: ['file'] as const,
    registers: [registry],
    collect() {
      this.set({ file: 'db' }, fileSize(databasePath));
      this.set({ file: 'wal' }, fileSize(`${databasePath}-wal`));
    },
  });
  const backups = options.backups;
  new Gauge({
    name: 'hamgen_backup_last_success_timestamp_seconds',
    help: 'When the last scheduled backup passed its integrity check (Unix time; 0 = none yet or not scheduled)',
    registers: [registry],
    collect() {
      this.set(backups?.lastSuccess ? backups.lastSuccess.at / 1000 : 0);
    },
  });
  return {
    registry,
    async text() {
      return `${await registry.metrics()}\n${requestMetricsText(allSeries)}`;
    },
    observeRequest(method, route, status, seconds) {
      // Looked up by parts: building one key string per request cost more than the count.
      let byMethod = seriesByRoute.get(route);
      if (!byMethod) {
        byMethod = new Map();
        seriesByRoute.set(route, byMethod);
      }
      let byStatus = byMethod.get(method);
      if (!byStatus) {
        byStatus = new Map();
        byMethod.set(method, byStatus);
      }
      let series = byStatus.get(status);
      if (!series) {
        series = {
          labels: { method, route, status: String(status) },
          count: 0,
          sum: 0,
          inBucket: new Array<number>(BUCKETS.length + 1).fill(0),
        };
        byStatus.set(status, series);
        allSeries.push(series);
      }
      series.count += 1;
      series.sum += seconds;
      let bucket = 0;
      while (bucket < BUCKETS.length && seconds > (BUCKETS[bucket] as number)) bucket += 1;
      series.inBucket[bucket] = (series.inBucket[bucket] ?? 0) + 1;
    },
    inFlight,
    cacheLookup(hit) {
      if (hit) lookups.hit += 1;
      else lookups.miss += 1;
    },
  };
}

const LABEL_NAMES = ['method', 'route', 'status'] as const;
type RequestLabels = Record<(typeof LABEL_NAMES)[number], string>;
const BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface RequestSeries {
  labels: RequestLabels;
  count: number;
  sum: number;
  /** Answers per bucket, not cumulative; the last slot is above the largest bound. */
  inBucket: number[];
}

/** `label="value"` as the exposition format escapes it. */
const label = (name: string, value: string) =>
  `${name}="${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;

/**
 * The request counter and the duration histogram in Prometheus' text format, from the plain
 * series: prom-client cannot take many observations at once, so these two are written here, as
 * prom-client writes its own (cumulative `le` buckets, +Inf, _sum, _count).
 */
function requestMetricsText(allSeries: readonly RequestSeries[]): string {
  const count = [
    '# HELP hamgen_http_requests_total HTTP requests answered, by route pattern and status',
    '# TYPE hamgen_http_requests_total counter',
  ];
  const duration = [
    '# HELP hamgen_http_request_duration_seconds Time from receiving a request to the end of its answer, by route pattern and status',
    '# TYPE hamgen_http_request_duration_seconds histogram',
  ];
  for (const series of allSeries) {
    const labels = LABEL_NAMES.map((name) => label(name, series.labels[name])).join(',');
    count.push(`hamgen_http_requests_total{${labels}} ${series.count}`);
    let below = 0;
    BUCKETS.forEach((bound, i) => {
      below += series.inBucket[i] ?? 0;
      duration.push(`hamgen_http_request_duration_seconds_bucket{le="${bound}",${labels}} ${below}`);
    });
    duration.push(
      `hamgen_http_request_duration_seconds_bucket{le="+Inf",${labels}} ${series.count}`,
      `hamgen_http_request_duration_seconds_sum{${labels}} ${series.sum}`,
      `hamgen_http_request_duration_seconds_count{${labels}} ${series.count}`,
    );
  }
  return `${count.join('\n')}\n\n${duration.join('\n')}\n`;
}
