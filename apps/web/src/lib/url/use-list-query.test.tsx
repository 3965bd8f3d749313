import { QueryClient, QueryClientProvider, queryOptions } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { useListQuery } from './use-list-query.ts';

interface Query {
  q?: string;
  page?: number;
  year?: string;
}

const parse = (search: string): Query => {
  const params = new URLSearchParams(search);
  const page = params.get('page');
  return {
    ...(params.get('q') ? { q: params.get('q') ?? '' } : {}),
    ...(page ? { page: Number(page) } : {}),
    ...(params.get('year') ? { year: params.get('year') ?? '' } : {}),
  };
};

const options = (query: Query) =>
  queryOptions({
    queryKey: ['test-list', query],
    queryFn: () => Promise.resolve({ page: query.page ?? 1, pageSize: 10, total: 42, rows: [] }),
  });

function setup(searchPath: string) {
  const location = memoryLocation({ path: '/list', searchPath, record: true });
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        {children}
      </Router>
    </QueryClientProvider>
  );
  const view = renderHook(() => useListQuery(parse, options), { wrapper });
  return { view, location };
}

describe('useListQuery', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the typed words to the URL trimmed, once typing pauses, starting again at page 1', () => {
    const { view, location } = setup('year=1400&page=3');
    act(() => view.result.current.search.onChange('  آب '));
    expect(location.history.at(-1)).toBe('/list?year=1400&page=3');
    act(() => vi.advanceTimersByTime(300));
    expect(location.history.at(-1)).toBe('/list?year=1400&q=%D8%A2%D8%A8');
    expect(view.result.current.query).toEqual({ year: '1400', q: 'آب' });
  });

  it('leaves the URL alone when only spaces were added around the same words', () => {
    const { view, location } = setup('q=%D8%A2%D8%A8');
    act(() => view.result.current.search.onChange('آب  '));
    act(() => vi.advanceTimersByTime(300));
    expect(location.history).toEqual(['/list?q=%D8%A2%D8%A8']);
  });

  it('gives the pager the page and keeps the filters when it turns', () => {
    const { view, location } = setup('year=1400');
    const pager = view.result.current.pager({ page: 1, pageSize: 10, total: 42, rows: [] });
    expect(pager).toMatchObject({ page: 1, pageSize: 10, total: 42 });
    act(() => pager.onPage(2));
    expect(location.history.at(-1)).toBe('/list?year=1400&page=2');
  });
});
