import { describe, expect, it } from 'vitest';
import { isSearchable, readSearchQuery, searchHref } from './search-params.ts';

describe('readSearchQuery', () => {
  it.each([
    ['', ''],
    ['?q=', ''],
    ['?q=%D8%AA%D8%B4%D9%83%D9%84', 'تشكل'],
    ['?q=++%D8%AE%D8%A7%D9%86%D9%87+%D8%B5%D9%86%D8%B9%D8%AA+', 'خانه صنعت'],
    [`?q=${'ا'.repeat(250)}`, 'ا'.repeat(200)],
    ['?other=1', ''],
  ])('%s', (search, expected) => {
    expect(readSearchQuery(search)).toBe(expected);
  });
});

describe('isSearchable', () => {
  it.each([
    ['تشکل', true],
    ['۱۲', true],
    ['', false],
    ['   ', false],
    ['\u200c', false],
    ['ـــ', false],
    ['َ', false],
  ])('%j → %s', (q, expected) => {
    expect(isSearchable(q)).toBe(expected);
  });
});

describe('searchHref', () => {
  it.each([
    ['تشکل‌ها', `/search?q=${encodeURIComponent('تشکل‌ها')}`],
    ['  خانه صنعت ', '/search?q=%D8%AE%D8%A7%D9%86%D9%87+%D8%B5%D9%86%D8%B9%D8%AA'],
    ['   ', '/search'],
  ])('%j', (q, expected) => {
    expect(searchHref(q)).toBe(expected);
  });
});
