// Runs the production build the way `npm start` does (built web app + API on one port, a fresh
// seeded SQLite file) in Debian's Chromium. Playwright never downloads a browser here.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 3100);
const root = resolve(import.meta.dirname, '..');
// Specs add accounts to this file with the users CLI. Workers inherit the variable, so the config
// they evaluate again reuses the runner's file instead of making a second one.
const databasePath = process.env.E2E_DATABASE_PATH ?? join(mkdtempSync(join(tmpdir(), 'hamgen-e2e-')), 'e2e.db');
process.env.E2E_DATABASE_PATH = databasePath;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fa-IR',
    timezoneId: 'Asia/Tehran',
    // Charts skip their animation, so screenshots and exports show final bars.
    reducedMotion: 'reduce',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // The compiled server, as `npm start` and the deployments run it (npm test builds it first).
    command: 'node ../../scripts/build-api.mjs && node --enable-source-maps dist/server.js',
    cwd: resolve(root, 'apps/api'),
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: databasePath,
      // Scheduled backups on, so the admin page shows a real one (admin-backups.spec.ts).
      HAMGEN_BACKUP_DIR: join(dirname(databasePath), 'backups'),
      LOG_LEVEL: 'warn',
    },
  },
});
