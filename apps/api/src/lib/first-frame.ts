// The overview's first frame, rendered here with the web app's own components (its SSR build,
// apps/web/src/first-frame.tsx, at <webDist>/.ssr/first-frame.js; docs/decisions/021-first-frame.md).
// The page arrives with the map and KPIs drawn and the answers they came from inline, so a
// reader on a slow link sees them before a byte of JavaScript has loaded; the app's scripts
// start after that first paint (start-after-paint.js) and take over with the same data.
// Anything missing or failing (no SSR build, a refused filter, a closed read policy) leaves the
// page as it was: index.html with its preloads.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Logger } from './logger.ts';

interface FirstFrameModule {
  firstFrameReady: Promise<unknown>;
  renderFirstFrame(input: {
    path: string;
    search: string;
    overview: unknown;
    byProvince: unknown;
    geometry: unknown;
  }): { html: string; state: string } | null;
}

export interface FirstFrame {
  html: string;
  state: string;
}

/** The finished page of a frame, as the cache keeps it: UTF-8 bytes and their gzip, made once. */
export interface FramePage {
  bytes: Buffer;
  gzip: Buffer;
}

export function framePage(indexHtml: string, frame: FirstFrame): FramePage {
  const bytes = Buffer.from(withFirstFrame(indexHtml, frame));
  return { bytes, gzip: gzipSync(bytes) };
}

/** Answers a path of the app itself in-process (the stats routes, through the whole pipeline). */
type AskApp = (path: string) => Promise<Response>;

export function firstFrameRenderer(webDist: string, logger: Logger) {
  let module: Promise<FirstFrameModule | null> | undefined;
  let geometry: Promise<unknown> | undefined;
  const load = () => {
    module ??= import(pathToFileURL(join(webDist, '.ssr/first-frame.js')).href).then(
      async (m: FirstFrameModule) => {
        await m.firstFrameReady;
        return m;
      },
      (err: unknown) => {
        logger.warn({ err }, 'no server-rendered first frame (web app built without it): the page loads as before');
        return null;
      },
    );
    return module;
  };

  /** The frame of the overview at `search`, whose stats answers are at `statsPaths`, or null. */
  return async (search: string, statsPaths: string[], ask: AskApp): Promise<FirstFrame | null> => {
    const ssr = await load();
    if (!ssr) return null;
    const [overviewPath, byProvincePath] = statsPaths;
    if (!overviewPath || !byProvincePath) return null;
    const answers = await Promise.all([ask(overviewPath), ask(byProvincePath)]);
    // A refused filter or a read policy that wants a session: the browser asks for itself.
    if (!answers.every((res) => res.status === 200)) return null;
    const [overview, byProvince] = await Promise.all(answers.map((res) => res.json()));
    geometry ??= readFile(join(webDist, 'data/provinces-map.json'), 'utf8').then(JSON.parse);
    return ssr.renderFirstFrame({ path: '/', search, overview, byProvince, geometry: await geometry });
  };
}

const SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
const MAP_PRELOAD = /<link rel="preload" href="\/data\/provinces-map.json"[^>]*>\s*/;

/**
 * index.html with the frame inside #root and its data beside it, and the app's entry and module
 * preloads handed to start-after-paint.js instead of the head, so no script competes with the
 * frame for a slow link before it has painted. JSON in a script element is safe once `<` is escaped.
 */
export function withFirstFrame(html: string, frame: FirstFrame): string {
  const entry = SCRIPT.exec(html)?.[1];
  if (!entry) return html;
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]);
  const start = `<script src="/start-after-paint.js" data-entry="${entry}" data-preload="${preloads.join(' ')}" defer></script>`;
  const state = frame.state.replaceAll('<', '\\u003c');
  return html
    .replace(SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(MAP_PRELOAD, '')
    .replace('</head>', `${start}</head>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root">${frame.html}</div><script type="application/json" id="first-frame">${state}</script>`,
    );
}
