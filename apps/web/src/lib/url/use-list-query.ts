// The list pages (decisions, meetings, registry) keep their whole view in the URL: filters, the
// search words and the page. This hook is that one recipe: the list's query read from the URL,
// the search text typed ahead of it, and the pager's props.
import { DEFAULT_PAGE_SIZE } from '@hamgen/shared';
import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { withParams } from './search-params.ts';

/** Typing pauses this long before the words go to the URL (and so to the API). */
const SEARCH_DELAY_MS = 300;

interface ListQuery {
  q?: string;
  page?: number;
}

interface ListPage {
  page: number;
  pageSize?: number | null;
  total: number;
}

export type ListValues<Q> = Partial<Record<keyof Q, string | number | undefined>>;

export function useListQuery<Q extends ListQuery, D extends ListPage, K extends QueryKey>(
  parse: (search: string) => Q,
  options: (query: Q) => UseQueryOptions<D, Error, D, K>,
) {
  const urlSearch = useSearch();
  const [location, navigate] = useLocation();
  const query = parse(urlSearch);
  const list = useQuery(options(query));
  const [text, setText] = useState(query.q ?? '');

  /** Sets URL values (undefined removes); any change of filters, words or sort starts again at page 1. */
  const update = (values: ListValues<Q>) =>
    navigate(`${location}${withParams(urlSearch, { page: undefined, ...values })}`, { replace: true });

  // The words are trimmed both ways: spaces typed at either end neither reach the URL nor wait for it.
  useEffect(() => {
    const words = text.trim();
    if (words === (query.q ?? '')) return;
    const timer = setTimeout(() => update({ q: words || undefined } as ListValues<Q>), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  });

  /** Props for <Pagination>: a new page is a new history entry, so Back returns to the last one. */
  const pager = (data: D) => ({
    page: data.page,
    pageSize: data.pageSize ?? DEFAULT_PAGE_SIZE,
    total: data.total,
    onPage: (page: number) => navigate(`${location}${withParams(urlSearch, { page })}`),
  });

  /** Props for <ListSearch>: the words as typed, and the count once the list has answered. */
  const search = { value: text, onChange: setText, total: list.data?.total };

  return { query, list, setText, update, search, pager };
}
