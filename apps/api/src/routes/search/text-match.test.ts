import { describe, expect, it } from 'vitest';
import { containsPattern, ftsQuery, searchNeedle } from './text-match.ts';

describe('containsPattern', () => {
  it.each([
    ['تشكل‌ها', '%تشکلها%'],
    ['50%', '%50\\%%'],
    ['a_b', '%a\\_b%'],
    ['c:\\x', '%c:\\\\x%'],
  ])('%s -> %s', (input, expected) => {
    expect(containsPattern(input)).toBe(expected);
  });
});

describe('searchNeedle and ftsQuery', () => {
  it('splits a query into compact words', () => {
    expect(searchNeedle('  لبنيات   كرمان ')).toEqual({ words: ['لبنیات', 'کرمان'], compact: 'لبنیاتکرمان' });
    expect(searchNeedle('\u200c')).toEqual({ words: [], compact: '' });
  });

  it('quotes every word for FTS5, so operators and quotes in a query are plain text', () => {
    expect(ftsQuery(['لبنیات', 'کرمان'])).toBe('"لبنیات" AND "کرمان"');
    expect(ftsQuery(['a"b', 'OR'])).toBe('"a""b" AND "OR"');
  });
});
