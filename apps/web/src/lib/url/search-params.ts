// The page URL holds the filters under the API's own names (`?from=1399&to=1399`), read with
// the same zod schema the API validates with. A hand-edited link with one bad value keeps the
// good ones instead of failing the whole page. The statistics filters themselves are read in
// stats-filter-url.ts, without zod, for the first screen.
import { pickParams } from '@hamgen/shared';
import { z } from 'zod/mini';

/** Reads `keys` from a search string with `schema`, dropping any value the schema refuses. */
export function parseSearch<S extends z.core.$ZodType>(
  schema: S,
  keys: readonly string[],
  search: string,
): z.output<S> {
  const raw = pickParams(search, keys);
  const whole = z.safeParse(schema, raw);
  if (whole.success) return whole.data;
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (z.safeParse(schema, { ...kept, [key]: value }).success) kept[key] = value;
  }
  return z.parse(schema, kept);
}

/** The search string with `values` set (undefined removes), keeping the page's other parameters. */
export function withParams(search: string, values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
