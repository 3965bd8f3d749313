// The overview's first screen waits for two API answers. Named in the HTML, the browser fetches
// them beside the entry chunk instead of after it has downloaded and run (under slow 4G that
// waterfall is two more round trips before the map and KPIs can show). The URLs are built the
// way the web app builds its own (the validated filter through statsFilterToQuery), so the
// browser's request matches the preload and reuses its answer.
import { pickParams, STATS_FILTER_KEYS, statsFilterSchema, statsFilterToQuery } from '@hamgen/shared';
import { z } from 'zod/mini';

/** Stats the overview's map and KPIs need (lib/api/stats-queries.ts in the web app). */
const FIRST_SCREEN_STATS = ['overview', 'by-province'] as const;

/**
 * The API answers the overview's map and KPIs need at `path` + `search`, in the web app's key
 * order, or null for other pages and a filter the API would refuse.
 */
export function firstScreenStatsPaths(path: string, search: string): string[] | null {
  if (path !== '/') return null;
  // The web app drops bad values one by one; guessing its result is not worth a wasted fetch.
  const parsed = z.safeParse(statsFilterSchema, pickParams(search, STATS_FILTER_KEYS));
  if (!parsed.success) return null;
  const query = new URLSearchParams(statsFilterToQuery(parsed.data)).toString();
  return FIRST_SCREEN_STATS.map((name) => `/api/stats/${name}${query ? `?${query}` : ''}`);
}

/** `<link rel=preload>` tags for the page at `path` + `search`; none for other pages or a bad filter. */
export function firstScreenPreloads(path: string, search: string): string {
  const paths = firstScreenStatsPaths(path, search) ?? [];
  return paths
    .map((href) => `<link rel="preload" href="${href.replaceAll('&', '&amp;')}" as="fetch" crossorigin="anonymous" />`)
    .join('');
}

/** index.html with the preloads at the end of its head. */
export function withFirstScreenPreloads(html: string, path: string, search: string): string {
  const links = firstScreenPreloads(path, search);
  return links ? html.replace('</head>', `${links}</head>`) : html;
}
