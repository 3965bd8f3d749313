// The API plus the built web app from one origin: hashed assets cached for a year, text
// assets sent precompressed (brotli/gzip made at build time), every other GET outside /api
// answered with index.html so client-side routes survive a reload.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type AppDeps, createApi } from './app.ts';
import { readConfig } from './lib/config.ts';
import { onNotFound } from './lib/errors.ts';
import { firstFrameRenderer, framePage } from './lib/first-frame.ts';
import { firstScreenStatsPaths, withFirstScreenPreloads } from './lib/first-screen-preload.ts';
import { logger as defaultLogger } from './lib/logger.ts';
import { readyAnswer } from './lib/response-headers.ts';

export function createServerApp(deps: AppDeps) {
  const config = deps.config ?? readConfig();
  const app = createApi({ ...deps, config });
  let indexHtml: Promise<string> | undefined;
  const renderFrame = firstFrameRenderer(config.webDist, deps.logger ?? defaultLogger);

  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  const assets = serveStatic({ root: config.webDist, precompressed: true });
  app.use('*', async (c, next) => {
    const path = c.req.path;
    // Directories and dotfiles are never files to send: `/` gets index.html from the fallback.
    if (path.startsWith('/api/') || path === '/api' || path.endsWith('/') || path.includes('/.')) return next();
    return assets(c, next);
  });
  app.get('*', async (c) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api' || c.req.path.startsWith('/assets/')) {
      return onNotFound(c);
    }
    indexHtml ??= readFile(join(config.webDist, 'index.html'), 'utf8');
    try {
      c.header('Cache-Control', 'no-cache');
      const html = await indexHtml;
      const search = new URL(c.req.url).search;
      const statsPaths = firstScreenStatsPaths(c.req.path, search);
      // English readers get their page from the app itself: the frame is always Persian.
      if (statsPaths && !/[?&]lang=en\b/.test(search)) {
        // One page per validated filter, as long as the data and the day stay the same: rendering
        // costs ~20 ms, sending it again next to nothing.
        const page = await c.var.cache.get(`first-frame?${statsPaths[0]}`, () =>
          renderFrame(search, statsPaths, async (path) => app.request(path)).then(
            (frame) => (frame ? framePage(html, frame) : null),
            (err: unknown) => {
              (deps.logger ?? defaultLogger).error({ err }, 'the first frame failed to render');
              return null;
            },
          ),
        );
        if (page) {
          return readyAnswer(c, page.bytes, 'text/html; charset=UTF-8', () => page.gzip, {
            'Cache-Control': 'no-cache',
          });
        }
      }
      return c.html(withFirstScreenPreloads(html, c.req.path, search));
    } catch {
      indexHtml = undefined;
      return c.text('Web app not built: run `npm start` (or `pnpm build`) first.', 503);
    }
  });
  app.notFound(onNotFound);
  return app;
}
