// `pnpm bench`: the 100k-association benchmark in one bounded run. Builds (or reuses) the scale
// database and the web app, times the query functions in-process, loads the real server and a
// bare node:http server with wrk, loads the overview in Chromium, then writes
// bench/results.json and prints markdown tables. Only 127.0.0.1 is ever contacted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianTool } from '../../scripts/shell.mjs';
import { ensureBenchChromium, measureBrowser } from './browser.ts';
import { ensureWebBuild, manifestSizes, requestedJsSizes, snapshotWebDist } from './bundle.ts';
import { runLoadPlan } from './load-plan.ts';
import { machine } from './machine.ts';
import { resultsPath } from './paths.ts';
import { memoryOf } from './proc.ts';
import { timeQueries } from './queries.ts';
import { markdownReport } from './report.ts';
import { allPass, type BenchResults, judgeBudgets } from './results.ts';
import { prepareScaleDb, SCALE_OPTIONS } from './seed-db.ts';
import {
  apiServerArgs,
  ensureApiBuild,
  killServersNow,
  startApiServer,
  startBareServer,
  startHeadersFloorServer,
  startHonoFloorServer,
  stopServers,
} from './servers.ts';

const BROWSER_RUNS = 3;
/** Far above a normal run (~3.5 min, plus ~1 min the first time): a hung step must not hang CI. */
const WATCHDOG_MS = 15 * 60_000;

const log = (line: string) => console.log(`» ${line}`);
const exitCleanups: (() => void)[] = [killServersNow];
process.on('exit', () => {
  for (const cleanup of exitCleanups) cleanup();
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
setTimeout(() => {
  console.error(`✗ the bench ran past ${WATCHDOG_MS / 60_000} minutes; stopping`);
  process.exit(1);
}, WATCHDOG_MS).unref();

async function main(): Promise<boolean> {
  const started = performance.now();
  const host = machine();
  for (const line of host.busyWith) log(`warning: running beside the bench: ${line.slice(0, 120)}`);
  if (!ensureDebianTool('/usr/bin/wrk', 'wrk', 'for the HTTP load')) throw new Error('wrk is needed for the HTTP load');
  ensureBenchChromium();
  ensureWebBuild(log);
  ensureApiBuild(log);
  const runDir = mkdtempSync(join(tmpdir(), 'hamgen-bench-run-'));
  exitCleanups.push(() => rmSync(runDir, { recursive: true, force: true }));
  const webDist = snapshotWebDist(runDir);
  const db = prepareScaleDb(runDir, log);
  log(`scale database ready (${db.rows.organizations} associations); timing query functions in-process`);
  const queries = timeQueries(db.path);
  const bundle = manifestSizes(webDist);

  log('starting the bare node:http servers, the Hono floor and the API server');
  const serverLog = join(runDir, 'api-server.log');
  const [bare, headers, floor, api] = await Promise.all([
    startBareServer(),
    startHeadersFloorServer(),
    startHonoFloorServer(),
    startApiServer(db.path, webDist, serverLog),
  ]);
  const http = await runLoadPlan({ bare, headers, floor, api }, log);
  log(`loading the overview in Chromium, ${BROWSER_RUNS} cold loads per profile`);
  const browser = await measureBrowser(api.base, BROWSER_RUNS);
  const serverMemory = memoryOf(api.pid);
  await stopServers();

  const requested = browser.flatMap((p) => p.runs.flatMap((r) => r.jsRequestedBeforeVisible));
  const after = machine();
  const partial: Omit<BenchResults, 'budgets'> = {
    machine: {
      ...host,
      loadAverageAfter: after.loadAverage,
      busyWith: [...new Set([...host.busyWith, ...after.busyWith])],
    },
    durationSeconds: (performance.now() - started) / 1000,
    dataset: {
      options: SCALE_OPTIONS,
      rows: db.rows,
      cached: db.cached,
      buildSeconds: db.buildSeconds,
      sizeMb: db.sizeBytes / 1e6,
    },
    http,
    queries,
    bundle: { ...bundle, requestedBeforeVisible: requestedJsSizes(webDist, requested) },
    browser,
    serverMemory,
    server: apiServerArgs(),
  };
  const results: BenchResults = { ...partial, budgets: judgeBudgets(partial) };
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${markdownReport(results)}\n`);
  log(`wrote ${resultsPath}`);
  for (const b of results.budgets) console.log(`${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.measured} (${b.limit})`);
  return allPass(results.budgets);
}

// Exits explicitly: a keep-alive socket or a stray timer must not keep a finished bench running.
// Exit 1 when any budget fails, so CI or a script can rely on the verdict.
main().then(
  (pass) => process.exit(pass ? 0 : 1),
  async (error: unknown) => {
    console.error(`✗ bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stopServers();
    process.exit(1);
  },
);
