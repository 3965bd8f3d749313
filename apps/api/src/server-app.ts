// The API plus the built web app from one origin: hashed assets cached for a year, text
// assets sent precompressed (brotli/gzip made at build time), every other GET outside /api
// answered with index.html so client-side routes survive a reload.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type AppDeps, createApi } from './app.ts';
import { readConfig } from './lib/config.ts';
import { onNotFound } from './lib/errors.ts';
import { withFirstScreenPreloads } from './lib/first-screen-preload.ts';

export function createServerApp(deps: AppDeps) {
  const config = deps.config ?? readConfig();
  const app = createApi({ ...deps, config });
  let indexHtml: Promise<string> | undefined;

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
      return c.html(withFirstScreenPreloads(await indexHtml, c.req.path, new URL(c.req.url).search));
    } catch {
      indexHtml = undefined;
      return c.text('Web app not built: run `npm start` (or `pnpm build`) first.', 503);
    }
  });
  app.notFound(onNotFound);
  return app;
}
