import { describe, expect, it } from 'vitest';
import { withParams } from './search-params.ts';
import { parseStatsFilter, withStatsFilter } from './stats-filter-url.ts';

describe('parseStatsFilter', () => {
  it.each([
    ['', {}],
    ['?from=1399&to=1399', { from: 1399, to: 1399 }],
    ['?from=abc&to=1400', { to: 1400 }],
    ['?from=1401&to=1399', { from: 1401 }],
    ['?province=IR-03&sector=nope', { province: 'IR-03' }],
    ['?tab=table&kind=national_association', { kind: 'national_association' }],
  ])('%s', (search, expected) => {
    expect(parseStatsFilter(search)).toEqual(expected);
  });
});

describe('withStatsFilter', () => {
  it('replaces filter keys and keeps the others', () => {
    expect(withStatsFilter('?tab=table&from=1390', { from: 1399, to: 1399 })).toBe('?from=1399&to=1399&tab=table');
    expect(withStatsFilter('?from=1390', {})).toBe('');
  });
});

describe('withParams', () => {
  it('sets, replaces and removes values, keeping the rest', () => {
    expect(withParams('?from=1399&page=3', { page: 1, q: 'کرمان' })).toBe(
      `?from=1399&page=1&q=${encodeURIComponent('کرمان')}`,
    );
    expect(withParams('?q=x&page=2', { q: undefined, page: '' })).toBe('');
  });
});
