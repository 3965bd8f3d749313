// `npm start`: install what is missing, build the web app if its sources changed, then serve the
// dashboard and /api from one process (the database is created, migrated and seeded when new).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { buildWeb } from './build-web.mjs';
import { setup } from './setup.mjs';
import { repoRoot } from './shell.mjs';

const { pnpm } = setup();
buildWeb(pnpm);

const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  cwd: resolve(repoRoot, 'apps/api'),
  stdio: 'inherit',
  env: { ...process.env, DATABASE_PATH: resolve(process.env.DATABASE_PATH ?? resolve(repoRoot, 'data/hamgen.db')) },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
