// The first screen alone: no web build, no HTTP load, no query timings. Starts the compiled API
// server (apps/api/dist, compiled first when its sources changed) on the bench's scale database
// with the current apps/web/dist, loads the overview cold in the slow profile RUNS times
// (default 3) and prints the visible time, the JS requested before it and the request waterfall
// of each run.
// `pnpm --filter @hamgen/bench bench:page` after `pnpm build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBenchChromium, measureBrowser, PROFILES } from './browser.ts';
import { requestedJsSizes, snapshotWebDist } from './bundle.ts';
import { prepareScaleDb } from './seed-db.ts';
import { apiServerArgs, ensureApiBuild, killServersNow, startApiServer, stopServers } from './servers.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const log = (line: string) => console.log(`» ${line}`);
const runDir = mkdtempSync(join(tmpdir(), 'hamgen-page-only-'));
process.on('exit', () => {
  killServersNow();
  rmSync(runDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const slow = PROFILES.filter((p) => p.throttle !== undefined);
const webDist = snapshotWebDist(runDir);
const db = prepareScaleDb(runDir, log);
ensureBenchChromium();
ensureApiBuild(log);
log(`API server: node ${apiServerArgs().args.join(' ')}, ${db.rows.organizations} associations`);
const api = await startApiServer(db.path, webDist, join(runDir, 'api-server.log'));
try {
  for (const result of await measureBrowser(api.base, RUNS, slow)) {
    result.runs.forEach((run, i) => {
      const js = requestedJsSizes(webDist, run.jsRequestedBeforeVisible);
      console.log(
        `\n${result.profile} run ${i + 1}: visible ${run.visibleMs.toFixed(0)} ms, FCP ${run.firstContentfulPaintMs?.toFixed(0) ?? '-'} ms, JS before visible ${(js.gzip / 1000).toFixed(1)} kB gzip in ${js.files.length} files`,
      );
      for (const r of run.waterfall) {
        const mark = r.startMs <= run.visibleMs ? ' ' : '+';
        console.log(
          `  ${mark} ${r.startMs.toFixed(0).padStart(6)} → ${r.endMs.toFixed(0).padStart(6)} ms ${(r.bytes / 1000).toFixed(1).padStart(6)} kB  ${r.path}`,
        );
      }
    });
    console.log(
      `\n${result.profile}: median visible ${result.medianVisibleMs.toFixed(0)} ms of ${result.runs.map((r) => r.visibleMs.toFixed(0)).join(', ')}`,
    );
  }
} finally {
  await stopServers();
}
