// The typed client: route types come from the API's AppType, so no response is typed by hand.
import type { AppType } from '@hamgen/api';
import { hc } from 'hono/client';

export const api = hc<AppType>('/');

/**
 * URL-ready query text for a typed query object: values as strings, absent values left out (and
 * empty ones too with `dropEmpty`, for filters where '' means «any»).
 */
export function toQuery(query: object, { dropEmpty = false } = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).flatMap(([key, value]) =>
      value === undefined || (dropEmpty && value === '') ? [] : [[key, String(value)]],
    ),
  );
}
