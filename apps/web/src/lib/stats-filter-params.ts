// The page URL holds the filters under the API's own names (`?from=1399&to=1399`), read with
// the same zod schema the API validates with. A hand-edited link with one bad value keeps the
// good ones instead of failing the whole page.
import { STATS_FILTER_KEYS, type StatsFilter, statsFilterSchema, statsFilterToQuery } from '@hamgen/shared';

export function parseStatsFilter(search: string): StatsFilter {
  const params = new URLSearchParams(search);
  const raw: Record<string, string> = {};
  for (const key of STATS_FILTER_KEYS) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  const whole = statsFilterSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (statsFilterSchema.safeParse({ ...kept, [key]: value }).success) kept[key] = value;
  }
  return statsFilterSchema.parse(kept);
}

/** The search string for a filter, keeping any other parameters of the page (tab, lang…). */
export function withStatsFilter(search: string, filter: StatsFilter): string {
  const params = new URLSearchParams(search);
  for (const key of STATS_FILTER_KEYS) params.delete(key);
  const next = new URLSearchParams(statsFilterToQuery(filter));
  for (const [key, value] of params) next.append(key, value);
  const text = next.toString();
  return text ? `?${text}` : '';
}
