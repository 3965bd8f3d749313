import { describe, expect, it } from 'vitest';
import { parseMeetingSearch } from './meetings-params.ts';

describe('parseMeetingSearch', () => {
  it.each([
    ['', {}],
    ['?from=1399&to=1400&q=زرندی&page=2', { from: 1399, to: 1400, q: 'زرندی', page: 2 }],
    ['?from=۱۴۰۰', { from: 1400 }],
    // A bad value is dropped, the good ones stay.
    ['?from=abc&to=1400', { to: 1400 }],
    ['?page=0&q=تشكل', { q: 'تشكل' }],
    // Keys the list does not know (a chart tab, the registry's sort) are ignored.
    ['?sort=name&pageSize=100&status=open', {}],
  ])('%s', (search, expected) => {
    expect(parseMeetingSearch(search)).toEqual(expected);
  });

  it('drops a reversed year range rather than failing', () => {
    const parsed = parseMeetingSearch('?from=1402&to=1400');
    expect(parsed.from === undefined || parsed.to === undefined).toBe(true);
  });
});
