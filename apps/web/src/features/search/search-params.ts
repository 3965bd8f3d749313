import { compactFa, MAX_QUERY_LENGTH } from '@hamgen/shared';

/** The words of `/search?q=…`, cut to what the API accepts. */
export function readSearchQuery(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
}

/**
 * Whether the words leave anything to look for once normalized: «ـ» or a lone ZWNJ would be
 * refused by the API, so the page shows its prompt instead of an error.
 */
export function isSearchable(q: string): boolean {
  return compactFa(q) !== '';
}

/** The link the search box goes to: `/search?q=…` (or the bare page for no words). */
export function searchHref(q: string): string {
  const words = q.trim();
  return words ? `/search?${new URLSearchParams({ q: words })}` : '/search';
}
