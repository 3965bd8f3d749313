import { describe, expect, it } from 'vitest';
import { ariaSort, nextSort, parseRegistrySearch } from './registry-params.ts';

describe('parseRegistrySearch', () => {
  it.each([
    ['?q=كرمان&page=2&sort=name', { q: 'كرمان', page: 2, sort: 'name' }],
    ['?page=0&sort=bogus&province=IR-08', { province: 'IR-08' }],
    ['?page=۳', { page: 3 }],
  ])('%s', (search, expected) => {
    expect(parseRegistrySearch(search)).toEqual(expected);
  });
});

describe('nextSort / ariaSort', () => {
  it.each([
    [undefined, 'year', 'year'],
    [undefined, 'name', 'name'],
    ['name', 'name', '-name'],
    ['-name', 'name', 'name'],
    ['name', 'members', '-members'],
  ] as const)('from %s clicking %s gives %s', (current, column, expected) => {
    expect(nextSort(current, column)).toBe(expected);
  });

  it('marks the sorted column', () => {
    expect(ariaSort(undefined, 'year')).toBe('descending');
    expect(ariaSort('name', 'name')).toBe('ascending');
    expect(ariaSort('name', 'year')).toBeUndefined();
  });
});
