// The statistics filters in the page URL, read without zod: the overview is the first screen and
// reads its URL before anything shows, and zod (even zod/mini, ~15 kB gzip) is otherwise not needed
// until a form or another page loads. The rules are those of `statsFilterSchema` in @hamgen/shared
// (what the API validates with); stats-filter-url.test.ts checks both agree on every case it lists.
import {
  MAX_FILTER_YEAR,
  MIN_FILTER_YEAR,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  PROVINCE_CODES,
  pickParams,
  SECTOR_CODES,
  STATS_FILTER_KEYS,
  type StatsFilter,
  statsFilterToQuery,
  toAsciiDigits,
} from '@hamgen/shared';

const year = (text: string): number | undefined => {
  const digits = toAsciiDigits(text.trim());
  if (!/^\d{1,9}$/.test(digits)) return undefined;
  const value = Number(digits);
  return value >= MIN_FILTER_YEAR && value <= MAX_FILTER_YEAR ? value : undefined;
};

const oneOf = (allowed: readonly string[]) => (text: string) => (allowed.includes(text) ? text : undefined);

const readers: Record<(typeof STATS_FILTER_KEYS)[number], (text: string) => string | number | undefined> = {
  from: year,
  to: year,
  sector: oneOf(SECTOR_CODES),
  kind: oneOf(ORGANIZATION_KINDS),
  status: oneOf(ORGANIZATION_STATUSES),
  province: oneOf(PROVINCE_CODES),
};

/**
 * The filters of a search string. A hand-edited link with one bad value keeps the good ones: each
 * value is kept only if it is valid and, for `to`, not before the kept `from` (keys are read in
 * STATS_FILTER_KEYS order, `from` first).
 */
export function parseStatsFilter(search: string): StatsFilter {
  const filter: Record<string, string | number> = {};
  for (const [key, text] of Object.entries(pickParams(search, STATS_FILTER_KEYS))) {
    if (text.trim() === '') continue;
    const value = readers[key as keyof typeof readers](text);
    if (value === undefined) continue;
    if (key === 'to' && typeof filter.from === 'number' && filter.from > (value as number)) continue;
    filter[key] = value;
  }
  return filter as StatsFilter;
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
