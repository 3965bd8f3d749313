// Node entry: open and migrate the database, seed it when new, serve the API and the web app,
// take the scheduled backups, and on SIGTERM/SIGINT shut down gracefully (graceful-shutdown.ts).
// Compiled to dist/server.js (build.mjs); `npm start`, the service unit and the image run that.
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { isEmptyDatabase, migrateDatabase, openDatabase } from './db/client.ts';
import { seedDatabase } from './db/seed/index.ts';
import { answerDoor, behindDoor } from './lib/answer-door.ts';
import { startBackupSchedule } from './lib/backup-schedule.ts';
import { isoToday } from './lib/clock.ts';
import { originNotice, readConfig } from './lib/config.ts';
import { closeGracefully } from './lib/graceful-shutdown.ts';
import { flushLogs, logger } from './lib/logger.ts';
import { createMetrics } from './lib/metrics.ts';
import { createQueryCache } from './lib/query-cache.ts';
import { ensureInitialAdmin } from './routes/users/accounts.ts';
import { createServerApp } from './server-app.ts';

process.on('uncaughtException', (err) => {
  logger.fatal({ err }, 'uncaught exception; exiting');
  flushLogs();
  process.exit(1);
});

const config = readConfig();
const db = openDatabase(config.databasePath);
migrateDatabase(db);
if (isEmptyDatabase(db)) {
  seedDatabase(db);
  logger.info({ databasePath: config.databasePath }, 'created and seeded a new database');
} else {
  logger.info({ databasePath: config.databasePath }, 'using the existing database');
}

// No default password: a database without accounts gets `admin` with a generated password,
// printed this once (on the console, not in the log). Every later start finds the account.
const adminPassword = await ensureInitialAdmin(db);
if (adminPassword) {
  const rule = '='.repeat(72);
  console.log(
    [
      rule,
      '  FIRST START: an administrator account was created.',
      '    username: admin',
      `    password: ${adminPassword}`,
      '  This password is shown ONCE. Sign in and change it now',
      '  (or: node apps/api/dist/cli.js users set-password --username admin).',
      '  حساب مدیر ساخته شد؛ این گذرواژه فقط یک بار نمایش داده می‌شود. پس از ورود آن را عوض کنید.',
      rule,
    ].join('\n'),
  );
}

const backupDir = config.backup.dir;
const backups = backupDir
  ? startBackupSchedule({ databasePath: config.databasePath, backup: { ...config.backup, dir: backupDir }, logger })
  : null;
const metrics = createMetrics({ databasePath: config.databasePath, backups: backups?.status ?? null });
const cache = createQueryCache(db.$client, undefined, metrics.cacheLookup, () => isoToday());
const app = createServerApp({ db, config, logger, metrics, cache, backups: backups?.status ?? null });
const server = createServer(
  // A request that stalls (a slow upload, a client that stops reading) is cut off instead of
  // holding a connection; an import of the largest allowed file finishes in a few seconds.
  { requestTimeout: 60_000, headersTimeout: 15_000 },
  behindDoor(
    answerDoor({ cache, config, logger, metrics }),
    getRequestListener(app.fetch, { hostname: config.host }),
    logger,
  ),
);
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(originNotice(config));
  logger.info({ port, node: process.version }, `Hamgen is serving at http://${config.host}:${port}`);
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    const outcome = await closeGracefully(server, { graceMs: 10_000, before: () => backups?.stop() });
    db.$client.close();
    logger.info(outcome, 'stopped; database closed');
    flushLogs();
    process.exit(0);
  });
}
