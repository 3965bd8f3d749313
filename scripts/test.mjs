// `npm test`: install what is missing (pnpm, dependencies, Debian's Chromium), then type-check,
// lint, compile the API, run the unit and API tests and the Playwright suite against the
// production build on this machine's Node; then the unit, API and crash-safety tests once more
// on Node 24 LTS from the npm registry (node-runtime.mjs), in a copy of the workspace with its
// own node_modules. Every step runs even when an earlier one fails; a summary per runtime, and
// the last line sums up all tests of both.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildApi } from './build-api.mjs';
import { buildWeb } from './build-web.mjs';
import { copyWorkspace, installNode, nodeEnv } from './node-runtime.mjs';
import { setup } from './setup.mjs';
import { ensureChromium, ensureDebianTool, repoRoot, run, runQuiet, workspacePackages } from './shell.mjs';

/** The LTS recommended for production (docs/decisions/013): the second runtime of every run. */
const SECOND_NODE = '24.22.3';

const { pnpm } = setup();
const pnpmRun = (args, options) => run(pnpm[0], [...pnpm.slice(1), ...args], { allowFail: true, ...options });
const reports = resolve(repoRoot, '.tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function ensureBrowserTools() {
  if (!ensureChromium('for the browser tests')) return false;
  // The A4 print specs rasterize the printed PDF with poppler's pdftoppm to look at its pages.
  return ensureDebianTool('/usr/bin/pdftoppm', 'poppler-utils', 'for the print tests', ['--no-install-recommends']);
}

// Every workspace package whose `test` script is vitest; shared first because the others build on it.
const VITEST_PACKAGES = workspacePackages()
  .filter(({ manifest }) => /^vitest\b/.test(manifest.scripts?.test ?? ''))
  .map(({ manifest }) => manifest.name)
  .sort((a, b) => (a === '@hamgen/shared' ? -1 : b === '@hamgen/shared' ? 1 : 0));
const reportName = (runtime, pkg) => `${runtime}-${pkg.split('/')[1]}.json`;
const vitestSteps = (runtime, options) =>
  VITEST_PACKAGES.map((pkg) => [
    `unit ${pkg} (${runtime})`,
    () =>
      pnpmRun(
        [
          '--filter',
          pkg,
          'exec',
          'vitest',
          'run',
          // Six jobs may share two cores here: a fuzz run of 1,000 requests can pass 5 s without
          // being wrong. Time budgets that matter are asserted inside the tests themselves.
          '--testTimeout=30000',
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${resolve(reports, reportName(runtime, pkg))}`,
        ],
        options,
      ),
  ]);

const here = `node${process.versions.node.split('.')[0]}`;
const second = `node${SECOND_NODE.split('.')[0]}`;
let secondRuntime;
const steps = [
  [
    // The metrics test checks /metrics with `promtool check metrics`; without it that check is skipped.
    'promtool',
    () => {
      ensureDebianTool('/usr/bin/promtool', 'prometheus', 'for the metrics format check', ['--no-install-recommends']);
      return true;
    },
  ],
  ['typecheck', () => pnpmRun(['-r', 'typecheck'])],
  ['lint', () => pnpmRun(['exec', 'biome', 'check', '.'])],
  [
    'build api',
    () => {
      try {
        buildApi({ allowFail: true });
        return true;
      } catch {
        return false;
      }
    },
  ],
  ...vitestSteps(here),
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
      ensureBrowserTools() &&
      pnpmRun(['--filter', '@hamgen/e2e', 'exec', 'playwright', 'test', '--reporter=list,json'], {
        env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: resolve(reports, 'e2e.json') },
      }),
  ],
  // On a machine whose own Node is already the second runtime, one run is the whole proof.
  ...(here === second ? [] : secondRuntimeSteps()),
];

function secondRuntimeSteps() {
  return [
    [
      `${second}: install and copy the workspace`,
      () => {
        const node = installNode(SECOND_NODE);
        const cwd = copyWorkspace(SECOND_NODE);
        const env = nodeEnv(node);
        console.log(`» ${runQuiet(resolve(node.bin, 'node'), ['-v'])} in ${cwd}`);
        if (!run(resolve(node.bin, 'node'), ['scripts/setup.mjs'], { cwd, env, allowFail: true })) return false;
        secondRuntime = { cwd, env };
        return true;
      },
    ],
    ...vitestSteps(second, {
      get cwd() {
        return secondRuntime?.cwd ?? '/nonexistent';
      },
      get env() {
        return secondRuntime?.env;
      },
    }).map(([name, step]) => [name, () => secondRuntime !== undefined && step()]),
  ];
}

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
console.log('');
const runtimes = [[here, process.version]];
if (here !== second) runtimes.push([second, `v${SECOND_NODE}`]);
for (const [runtime, version] of runtimes) {
  let runtimePassed = 0;
  let runtimeFailed = 0;
  for (const pkg of VITEST_PACKAGES) {
    const report = readReport(reportName(runtime, pkg));
    runtimePassed += report?.numPassedTests ?? 0;
    runtimeFailed += report?.numFailedTests ?? 0;
  }
  if (runtime === here) {
    const e2e = readReport('e2e.json');
    runtimePassed += e2e?.stats?.expected ?? 0;
    runtimeFailed += (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
  }
  const what = runtime === here ? 'unit, API, crash-safety and browser tests' : 'unit, API and crash-safety tests';
  console.log(`Node ${version} (${what}): ${runtimePassed} passed, ${runtimeFailed} failed`);
  passed += runtimePassed;
  failed += runtimeFailed;
}

if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
if (failedSteps.length > 0 && failed === 0) failed = failedSteps.length;
console.log(`Summary: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
