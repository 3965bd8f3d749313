// `npm test`: install what is missing (pnpm, dependencies, Debian's Chromium), then type-check,
// lint, run the unit and API tests and the Playwright suite against the production build.
// Every step runs even when an earlier one fails, and the last line sums up all tests.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildWeb } from './build-web.mjs';
import { setup } from './setup.mjs';
import { repoRoot, run } from './shell.mjs';

const { pnpm } = setup();
const pnpmRun = (args, options) => run(pnpm[0], [...pnpm.slice(1), ...args], { allowFail: true, ...options });
const reports = resolve(repoRoot, '.tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return true;
  if (process.getuid?.() !== 0) {
    console.error(`✗ Chromium is missing at ${path}. Install Debian's package (sudo apt-get install chromium)`);
    console.error('  or point CHROMIUM_PATH at a Chromium binary, then run npm test again.');
    return false;
  }
  console.log("» installing Debian's Chromium for the browser tests");
  return (
    run('apt-get', ['update', '-qq'], { allowFail: true }) &&
    run('apt-get', ['install', '-y', '-qq', 'chromium'], {
      allowFail: true,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  );
}

const VITEST_PACKAGES = ['@hamgen/shared', '@hamgen/api', '@hamgen/web'];
const steps = [
  ['typecheck', () => pnpmRun(['-r', 'typecheck'])],
  ['lint', () => pnpmRun(['exec', 'biome', 'check', '.'])],
  ...VITEST_PACKAGES.map((pkg) => [
    `unit ${pkg}`,
    () =>
      pnpmRun([
        '--filter',
        pkg,
        'exec',
        'vitest',
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${resolve(reports, `${pkg.split('/')[1]}.json`)}`,
      ]),
  ]),
  [
    'build web',
    () => {
      buildWeb(pnpm);
      return true;
    },
  ],
  ['first-screen size', () => run(process.execPath, ['scripts/check-bundle-size.mjs'], { allowFail: true })],
  [
    'e2e',
    () =>
      ensureChromium() &&
      pnpmRun(['--filter', '@hamgen/e2e', 'exec', 'playwright', 'test', '--reporter=list,json'], {
        env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: resolve(reports, 'e2e.json') },
      }),
  ],
];

const failedSteps = [];
for (const [name, step] of steps) {
  console.log(`\n━━ ${name}`);
  if (!step()) failedSteps.push(name);
}

function readReport(file) {
  const path = resolve(reports, file);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}
let passed = 0;
let failed = 0;
for (const pkg of VITEST_PACKAGES) {
  const report = readReport(`${pkg.split('/')[1]}.json`);
  passed += report?.numPassedTests ?? 0;
  failed += report?.numFailedTests ?? 0;
}
const e2e = readReport('e2e.json');
passed += e2e?.stats?.expected ?? 0;
failed += (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);

console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
if (failedSteps.length > 0 && failed === 0) failed = failedSteps.length;
console.log(`Summary: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
