// The statistics filters as URL query text, without zod: the web's first screen builds its API
// calls and links with these, and importing them from filters.ts would bring zod/mini along.
import type { StatsFilter } from './filters.ts';

export const STATS_FILTER_KEYS = ['from', 'to', 'sector', 'kind', 'status', 'province'] as const;

/** Filters as URL query text (ASCII digits, fixed key order, empty keys left out). */
export function statsFilterToQuery(filter: StatsFilter): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of STATS_FILTER_KEYS) {
    const value = filter[key];
    if (value !== undefined) query[key] = String(value);
  }
  return query;
}

/** The values of `keys` present in a URL search string, as text (missing keys left out). */
export function pickParams(search: string, keys: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  const picked: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) picked[key] = value;
  }
  return picked;
}
