// `/api/openapi.json` (generated once per app from its own routes) and the reference page at
// `/api/docs`, whose script and styles are served from here too: no CDN, no inline script, so
// the app's strict CSP applies unchanged.
import { Hono } from 'hono';
import type { AppEnv } from '../lib/app-env.ts';
import { DOCS_CSS, DOCS_HTML, DOCS_JS } from './docs-page.ts';
import { buildOpenApiDocument, type RouteEntry } from './document.ts';

export function openapiRoute(routesOf: () => readonly RouteEntry[]) {
  let document: string | undefined;
  return new Hono<AppEnv>()
    .get('/openapi.json', (c) => {
      document ??= JSON.stringify(buildOpenApiDocument(routesOf()));
      c.header('Cache-Control', 'no-cache');
      return c.body(document, 200, { 'Content-Type': 'application/json; charset=utf-8' });
    })
    .get('/docs', (c) => c.html(DOCS_HTML))
    .get('/docs/docs.js', (c) => c.body(DOCS_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }))
    .get('/docs/docs.css', (c) => c.body(DOCS_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
}
