// Node entry: open and migrate the database, seed it when new, serve the API and the web app.
import { serve } from '@hono/node-server';
import { isEmptyDatabase, migrateDatabase, openDatabase } from './db/client.ts';
import { seedDatabase } from './db/seed/index.ts';
import { readConfig } from './lib/config.ts';
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

const app = createServerApp({ db, config });
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  console.log(`Hamgen is serving at http://${config.host}:${info.port}`);
});

const shutdown = () => {
  server.close(() => {
    db.$client.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
