// Bundle sizes from apps/web/dist: the first screen as the build manifest defines it (the same
// function `scripts/check-bundle-size.mjs` uses), every JS file, and the files a real page load
// asked for before the map and KPIs showed (URLs from browser.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWeb } from '../../scripts/build-web.mjs';
import { allJs, firstScreenJs, sizeFile, totals } from '../../scripts/first-screen.mjs';
import { pnpmCommand } from '../../scripts/setup.mjs';
import { repoRoot, webDist } from './paths.ts';

/** Builds the web app when its sources changed since the last build (or it was never built). */
export function ensureWebBuild(log: (line: string) => void): boolean {
  const pnpm = pnpmCommand();
  let built = buildWeb(pnpm);
  // A build made by hand leaves no stamp of its inputs but may predate build.manifest.
  if (!existsSync(join(webDist, '.vite/manifest.json'))) {
    log('no build manifest in apps/web/dist: building the web app');
    const [command = 'pnpm', ...args] = pnpm;
    const result = spawnSync(command, [...args, '--filter', '@hamgen/web', 'build'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error('the web build failed');
    built = true;
  }
  return built;
}

/**
 * The built app as this run serves and measures it: a copy, because other people's builds
 * replace apps/web/dist while the bench runs (a served index.html would then name deleted files).
 */
export function snapshotWebDist(runDir: string): string {
  const copy = join(runDir, 'web');
  cpSync(webDist, copy, { recursive: true });
  return copy;
}

export function manifestSizes(distDir: string) {
  return { firstScreen: firstScreenJs(distDir), all: allJs(distDir) };
}

/** Sizes of the app's JS files among the URLs a page requested (other origins never count here). */
export function requestedJsSizes(distDir: string, urls: string[]) {
  const files = [...new Set(urls.map((url) => new URL(url).pathname.replace(/^\//, '')))]
    .filter((file) => file.endsWith('.js'))
    .map((file) => sizeFile(distDir, file, 'requested before visible'));
  return { files, ...totals(files) };
}
