// Fails (exit 1) when the JS the first screen needs grows past its ceiling (docs/budgets.md).
// No browser: the list of files comes from Vite's build manifest (see first-screen.mjs, which
// the benchmark uses too), so it runs in well under a second after `pnpm build`.
import { resolve } from 'node:path';
import { FIRST_SCREEN_BUDGET_BYTES, FIRST_SCREEN_CEILING_BYTES, firstScreenJs } from './first-screen.mjs';
import { repoRoot } from './shell.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const distDir = resolve(repoRoot, process.argv[2] ?? 'apps/web/dist');

let result;
try {
  result = firstScreenJs(distDir);
} catch (error) {
  console.error(`✗ bundle size: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

for (const file of [...result.files].sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${kB(file.gzip).padStart(9)} gzip  ${file.file}  (${file.via})`);
}
for (const note of result.notes) console.log(`  note: ${note}`);
const summary = `first-screen JS ${kB(result.gzip)} gzip (ceiling ${kB(FIRST_SCREEN_CEILING_BYTES)}, budget ${kB(FIRST_SCREEN_BUDGET_BYTES)})`;
if (result.gzip > FIRST_SCREEN_CEILING_BYTES) {
  console.error(`✗ ${summary}: ${kB(result.gzip - FIRST_SCREEN_CEILING_BYTES)} over (docs/budgets.md).`);
  console.error('  Split the biggest chunks above, or load what the map and KPIs do not need later (React.lazy).');
  process.exit(1);
}
if (result.gzip > FIRST_SCREEN_BUDGET_BYTES) {
  console.log(`! ${summary}: within the ceiling, ${kB(result.gzip - FIRST_SCREEN_BUDGET_BYTES)} over the budget.`);
} else console.log(`✓ ${summary}`);
