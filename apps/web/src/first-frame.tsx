// The overview's first frame, rendered on the server (a Vite SSR build of this file, loaded by
// the API; docs/decisions/021-first-frame.md). The API hands over the answers the first screen
// needs — the overview, by-province and the map's shapes, exactly as the browser would fetch
// them — and gets back the page's HTML plus the query cache that produced it. The browser shows
// the map and KPIs as soon as the HTML arrives; the app's JavaScript starts after that first
// paint (public/start-after-paint.js), takes the same cache (main.tsx) and renders the same page
// over it, so nothing flickers and nothing is fetched twice.
import { dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { Router } from 'wouter';
import { App } from './app/app.tsx';
import { mapGeometryQueryOptions } from './components/map/map-geometry.ts';
import { byProvinceQueryOptions, overviewQueryOptions } from './lib/api/stats-queries.ts';
import { i18n } from './lib/i18n.ts';
import { queryClient } from './lib/query-client.ts';
import { parseStatsFilter } from './lib/url/stats-filter-url.ts';

export interface FirstFrameInput {
  path: string;
  /** The query string with its `?`, or ''. */
  search: string;
  /** The JSON answers of GET /api/stats/overview and /api/stats/by-province for this filter. */
  overview: unknown;
  byProvince: unknown;
  /** /data/provinces-map.json */
  geometry: unknown;
}

export interface FirstFrame {
  /** What goes inside #root. */
  html: string;
  /** The dehydrated query cache, as JSON (main.tsx hydrates it before the first render). */
  state: string;
}

/** Resolves once the Persian strings are loaded: the first frame is always rendered in Persian. */
export const firstFrameReady: Promise<unknown> = i18n.isInitialized
  ? Promise.resolve()
  : new Promise((resolve) => i18n.on('initialized', resolve));

/**
 * The overview at `path` + `search`, or null for any other page. Synchronous and single-threaded,
 * so the app's one query client is borrowed for the render and emptied again.
 */
export function renderFirstFrame(input: FirstFrameInput): FirstFrame | null {
  if (input.path !== '/' || !i18n.isInitialized) return null;
  const filter = parseStatsFilter(input.search);
  queryClient.clear();
  try {
    queryClient.setQueryData(overviewQueryOptions(filter).queryKey, input.overview as never);
    queryClient.setQueryData(byProvinceQueryOptions(filter).queryKey, input.byProvince as never);
    queryClient.setQueryData(mapGeometryQueryOptions.queryKey, input.geometry as never);
    const html = renderToString(
      <Router ssrPath={input.path} ssrSearch={input.search.replace(/^\?/, '')}>
        <App />
      </Router>,
    );
    return { html, state: JSON.stringify(dehydrate(queryClient)) };
  } finally {
    queryClient.clear();
  }
}
