// `npm start`: install what is missing, build the web app and compile the API if their sources
// changed, then serve the dashboard and /api from one supervised process (restarted after a
// crash; the database is created, migrated and seeded when new).
import { resolve } from 'node:path';
import { buildApi } from './build-api.mjs';
import { buildWeb } from './build-web.mjs';
import { setup } from './setup.mjs';
import { repoRoot } from './shell.mjs';
import { supervise } from './supervise.mjs';

const { pnpm } = setup();
buildWeb(pnpm);
buildApi();

supervise({
  env: { ...process.env, DATABASE_PATH: resolve(process.env.DATABASE_PATH ?? resolve(repoRoot, 'data/hamgen.db')) },
});
