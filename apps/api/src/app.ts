// Builds the Hono app: middleware first, then one `.route()` per resource. The chained type
// (AppType) is what the web app's typed client reads; nothing is typed twice.
import { Hono } from 'hono';
import type { Db } from './db/client.ts';
import type { AppEnv } from './lib/app-env.ts';
import { accessGuard, crossOriginGuard } from './lib/auth/guard.ts';
import type { BackupStatus } from './lib/backup-schedule.ts';
import { jsonBodyLimit } from './lib/body-limits.ts';
import { isoToday } from './lib/clock.ts';
import { type Config, readConfig } from './lib/config.ts';
import { onError, onNotFound } from './lib/errors.ts';
import { hostGuard } from './lib/host-guard.ts';
import { logger as defaultLogger, type Logger } from './lib/logger.ts';
import { createMetrics, type Metrics } from './lib/metrics.ts';
import { createQueryCache, type QueryCache } from './lib/query-cache.ts';
import { requestId } from './lib/request-id.ts';
import { requestLog } from './lib/request-log.ts';
import { responseHeaders } from './lib/response-headers.ts';
import { openapiRoute } from './openapi/openapi.route.ts';
import { auditRoute } from './routes/audit/audit.route.ts';
import { authRoute } from './routes/auth/auth.route.ts';
import { backupsRoute } from './routes/backups/backups.route.ts';
import { decisionsRoute } from './routes/decisions/decisions.route.ts';
import { exportRoute } from './routes/export/export.route.ts';
import { healthRoute } from './routes/health/health.route.ts';
import { readyRoute } from './routes/health/ready.route.ts';
import { importRoute } from './routes/import/import.route.ts';
import { meetingsRoute } from './routes/meetings/meetings.route.ts';
import { metricsRoute } from './routes/metrics/metrics.route.ts';
import { organizationsRoute } from './routes/organizations/organizations.route.ts';
import { provincesRoute } from './routes/provinces/provinces.route.ts';
import { searchRoute } from './routes/search/search.route.ts';
import { statsRoute } from './routes/stats/stats.route.ts';
import { usersRoute } from './routes/users/users.route.ts';

export interface AppDeps {
  db: Db;
  config?: Config;
  /** The clock in epoch milliseconds (sessions, audit); tests pass one they can move. */
  now?: () => number;
  logger?: Logger;
  metrics?: Metrics;
  /** The scheduled backups' state (server.ts), shown to admins. */
  backups?: BackupStatus | null;
  /** The answer cache; server.ts passes the one its answer door reads too. */
  cache?: QueryCache;
}

export function createApi({
  db,
  config = readConfig(),
  now = Date.now,
  logger = defaultLogger,
  backups = null,
  metrics = createMetrics({ databasePath: config.databasePath, backups }),
  cache = createQueryCache(db.$client, undefined, metrics.cacheLookup, () => isoToday(now())),
}: AppDeps) {
  const api = new Hono<AppEnv>()
    .use((c, next) => {
      c.set('db', db);
      c.set('cache', cache);
      c.set('config', config);
      c.set('now', now);
      c.set('metrics', metrics);
      c.set('backups', backups);
      return next();
    })
    .use(requestId)
    .use(requestLog(logger, metrics))
    .use(responseHeaders)
    .use(hostGuard)
    // Cross-origin form posts refused, then the policy table decides, then bodies are capped.
    .use('/api/*', crossOriginGuard, accessGuard, jsonBodyLimit)
    .use('/metrics', accessGuard)
    .route('/metrics', metricsRoute)
    .route('/api/ready', readyRoute)
    .route('/api/backups', backupsRoute)
    .route('/api/auth', authRoute)
    .route('/api/health', healthRoute)
    .route('/api/provinces', provincesRoute)
    .route('/api/stats', statsRoute)
    .route('/api/organizations', organizationsRoute)
    .route('/api/export', exportRoute)
    .route('/api/meetings', meetingsRoute)
    .route('/api/decisions', decisionsRoute)
    .route('/api/search', searchRoute)
    .route('/api/users', usersRoute)
    .route('/api/audit', auditRoute)
    .route('/api/import', importRoute);
  // Outside the typed chain: the document describes the routes above, read from the built app.
  api.route(
    '/api',
    openapiRoute(() => api.routes),
  );
  api.onError(onError);
  api.notFound(onNotFound);
  return api;
}

export type AppType = ReturnType<typeof createApi>;
