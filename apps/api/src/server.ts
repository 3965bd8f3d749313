// Node entry: open and migrate the database, seed it when new, serve the API and the web app.
import { serve } from '@hono/node-server';
import { isEmptyDatabase, migrateDatabase, openDatabase } from './db/client.ts';
import { seedDatabase } from './db/seed/index.ts';
import { originNotice, readConfig } from './lib/config.ts';
import { ensureInitialAdmin } from './routes/users/accounts.ts';
import { createServerApp } from './server-app.ts';

const config = readConfig();
const db = openDatabase(config.databasePath);
migrateDatabase(db);
if (isEmptyDatabase(db)) {
  seedDatabase(db);
  console.log(`Created and seeded a new database at ${config.databasePath}`);
} else {
  console.log(`Using the existing database at ${config.databasePath}`);
}

// No default password: a database without accounts gets `admin` with a generated password,
// printed this once. Every later start finds the account and prints nothing.
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
      '  (or: cd apps/api && node --import tsx src/cli.ts users set-password --username admin).',
      '  حساب مدیر ساخته شد؛ این گذرواژه فقط یک بار نمایش داده می‌شود. پس از ورود آن را عوض کنید.',
      rule,
    ].join('\n'),
  );
}

const app = createServerApp({ db, config });
const server = serve(
  {
    fetch: app.fetch,
    hostname: config.host,
    port: config.port,
    // A request that stalls (a slow upload, a client that stops reading) is cut off instead of
    // holding a connection; an import of the largest allowed file finishes in a few seconds.
    serverOptions: { requestTimeout: 60_000, headersTimeout: 15_000 },
  },
  (info) => {
    console.log(originNotice(config));
    console.log(`Hamgen is serving at http://${config.host}:${info.port}`);
  },
);

const shutdown = () => {
  server.close(() => {
    db.$client.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
