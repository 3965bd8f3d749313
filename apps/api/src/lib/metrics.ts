// Prometheus metrics of one app instance (prom-client), read at GET /metrics: requests by route
// pattern and status, in-flight requests, the process (event-loop lag, heap, RSS: prom-client's
// defaults), the SQLite file and its WAL, cache lookups and the last successful backup. Each app
// has its own registry, so tests can build many apps in one process.
import { statSync } from 'node:fs';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { BackupStatus } from './backup-schedule.ts';

export interface Metrics {
  registry: Registry;
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
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'hamgen_http_requests_total',
    help: 'HTTP requests answered, by route pattern and status',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'hamgen_http_request_duration_seconds',
    help: 'Time from receiving a request to the end of its answer, by route pattern and status',
    labelNames,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'hamgen_http_requests_in_flight',
    help: 'Requests being answered right now',
    registers: [registry],
  });
  const cache = new Counter({
    name: 'hamgen_cache_lookups_total',
    help: 'Lookups in the stats cache, by result',
    labelNames: ['result'] as const,
    registers: [registry],
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
  // The label children of each (method, route, status) seen, kept so a request does not hash its
  // labels twice; routes are patterns and unmatched requests share one label, so this stays small.
  const seriesOf = new Map<string, { count: { inc(): void }; time: { observe(value: number): void } }>();
  return {
    registry,
    observeRequest(method, route, status, seconds) {
      const key = `${method} ${status} ${route}`;
      let series = seriesOf.get(key);
      if (!series) {
        const labels = { method, route, status: String(status) };
        series = { count: requests.labels(labels), time: duration.labels(labels) };
        seriesOf.set(key, series);
      }
      series.count.inc();
      series.time.observe(seconds);
    },
    inFlight,
    cacheLookup(hit) {
      cache.inc({ result: hit ? 'hit' : 'miss' });
    },
  };
}
