// Vitest global setup: compile the server (skipped when its sources have not changed) so the
// process tests run dist/server.js, exactly what `npm start` and the deployments run.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function buildServer() {
  execFileSync(process.execPath, [resolve(import.meta.dirname, '../../../../scripts/build-api.mjs')], {
    stdio: 'inherit',
  });
}
