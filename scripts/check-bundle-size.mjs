// Fails (exit 1) when the JS requested before the first screen is visible passes its budget, or
// the JS the app needs to start grows past its ceiling (docs/budgets.md).
// No browser: the list of files comes from Vite's build manifest (see first-screen.mjs, which
// the benchmark uses too), so it runs in well under a second after `pnpm build`.
import { resolve } from 'node:path';
import { APP_START_CEILING_BYTES, appStartJs, FIRST_SCREEN_BUDGET_BYTES, firstScreenJs } from './first-screen.mjs';
import { repoRoot } from './shell.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const distDir = resolve(repoRoot, process.argv[2] ?? 'apps/web/dist');

/** @param {() => ReturnType<typeof firstScreenJs>} measure */
function measured(measure) {
  try {
    return measure();
  } catch (error) {
    console.error(`✗ bundle size: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

/** @param {string} what @param {ReturnType<typeof firstScreenJs>} result @param {number} limit */
function judge(what, result, limit) {
  for (const file of [...result.files].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${kB(file.gzip).padStart(9)} gzip  ${file.file}  (${file.via})`);
  }
  for (const note of result.notes) console.log(`  note: ${note}`);
  const summary = `${what} ${kB(result.gzip)} gzip (limit ${kB(limit)})`;
  if (result.gzip <= limit) {
    console.log(`✓ ${summary}`);
    return true;
  }
  console.error(`✗ ${summary}: ${kB(result.gzip - limit)} over (docs/budgets.md).`);
  console.error('  Split the biggest chunks above, or load what the map and KPIs do not need later (React.lazy).');
  return false;
}

const firstScreen = judge(
  'JS before the first screen is visible',
  measured(() => firstScreenJs(distDir)),
  FIRST_SCREEN_BUDGET_BYTES,
);
const appStart = judge(
  'JS the app needs to start',
  measured(() => appStartJs(distDir)),
  APP_START_CEILING_BYTES,
);
if (!firstScreen || !appStart) process.exit(1);
