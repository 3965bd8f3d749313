// @ts-check
// The one definition of "the JS the first screen needs" and of "the JS the app needs to start",
// read from Vite's build manifest (dist/.vite/manifest.json): the entry chunk and its static
// imports (what index.html loads and modulepreloads), plus the chunks the overview loads on
// demand before its map and KPIs can show. With the server's first frame only the start script
// comes before the map and KPIs. `scripts/check-bundle-size.mjs` and the benchmark (bench/src/bundle.ts) both call it,
// so the budget is checked against the same list of files everywhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** docs/budgets.md: JS requested before the map and KPIs are visible ≤ 120 kB gzip (kB of 1000 bytes, as Vite prints them). `pnpm bench` judges this. */
export const FIRST_SCREEN_BUDGET_BYTES = 120_000;

/**
 * The JS the app needs to start (the entry and its static imports, plus the map): since the
 * overview arrives drawn by the server (docs/decisions/021-first-frame.md) it loads after the
 * first paint, so it is not in the first screen's budget, but `npm test` keeps it from growing.
 */
export const APP_START_CEILING_BYTES = 135_000;

/** What the server's first frame needs beside the HTML: the script that starts the app after it paints. */
export const START_AFTER_PAINT = 'start-after-paint.js';

/**
 * Modules the overview imports lazily but cannot show the map or KPIs without. A module that is
 * not its own chunk in the manifest is already inside the entry's graph (or was renamed: then the
 * result says so in `notes`).
 */
export const FIRST_SCREEN_LAZY_MODULES = ['src/components/map/province-map.tsx'];

/** @typedef {{ file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }} ManifestChunk */
/** @typedef {{ file: string; via: string; raw: number; gzip: number }} SizedFile */

/** @param {Buffer} data */
export const gzipSize = (data) => gzipSync(data, { level: 9 }).length;

/**
 * @param {string} distDir
 * @param {string} file
 * @param {string} via
 * @returns {SizedFile}
 */
export function sizeFile(distDir, file, via) {
  const data = readFileSync(join(distDir, file));
  return { file, via, raw: data.length, gzip: gzipSize(data) };
}

/** @param {string} distDir @returns {Record<string, ManifestChunk>} */
export function readManifest(distDir) {
  const path = join(distDir, '.vite/manifest.json');
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: build the web app (pnpm build) with build.manifest enabled`);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * @param {string} distDir e.g. apps/web/dist
 * @param {string[]} lazyModules
 * @returns {{ files: SizedFile[]; raw: number; gzip: number; notes: string[] }}
 */
export function appStartJs(distDir, lazyModules = FIRST_SCREEN_LAZY_MODULES) {
  const manifest = readManifest(distDir);
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('the build manifest names no entry chunk');
  /** @type {Map<string, string>} file → why it is loaded */
  const seen = new Map();
  /**
   * @param {string} key
   * @param {string} via
   */
  const visit = (key, via) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.set(chunk.file, via);
    for (const imported of chunk.imports ?? []) visit(imported, via === 'entry' ? 'static import' : via);
  };
  visit(entryKey, 'entry');
  /** @type {string[]} */
  const notes = [];
  for (const module of lazyModules) {
    if (manifest[module]) visit(module, `lazy: ${module}`);
    else notes.push(`${module} is not a chunk of its own (inside the entry's graph, or renamed)`);
  }
  const files = [...seen].filter(([file]) => file.endsWith('.js')).map(([file, via]) => sizeFile(distDir, file, via));
  return { files, ...totals(files), notes };
}

/**
 * The JS requested before the overview's map and KPIs are visible: with the server's first frame
 * built (dist/.ssr) only the start script; without it, everything the app needs to start.
 * @param {string} distDir
 * @returns {{ files: SizedFile[]; raw: number; gzip: number; notes: string[] }}
 */
export function firstScreenJs(distDir) {
  if (!existsSync(join(distDir, '.ssr/first-frame.js'))) return appStartJs(distDir);
  const files = [sizeFile(distDir, START_AFTER_PAINT, 'the first frame starts the app after it paints')];
  return { files, ...totals(files), notes: [] };
}

/** Every JS file the build produced, whether or not any page loads it. @param {string} distDir */
export function allJs(distDir) {
  const assets = join(distDir, 'assets');
  const files = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => sizeFile(distDir, `assets/${name}`, 'built'));
  return { files, ...totals(files) };
}

/** @param {SizedFile[]} files */
export const totals = (files) => ({
  raw: files.reduce((sum, f) => sum + f.raw, 0),
  gzip: files.reduce((sum, f) => sum + f.gzip, 0),
});
