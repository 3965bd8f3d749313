import { describe, expect, it } from 'vitest';
import { containsPattern, hasWords, searchNeedle } from './like.ts';

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

describe('searchNeedle and hasWords', () => {
  it('splits a query into compact words', () => {
    expect(searchNeedle('  لبنيات   كرمان ')).toEqual({ words: ['لبنیات', 'کرمان'], compact: 'لبنیاتکرمان' });
    expect(searchNeedle('\u200c')).toEqual({ words: [], compact: '' });
  });

  it.each([
    ['انجمن صنایع همگن لبنیات استان کرمان', 'لبنيات كرمان', true],
    ['انجمن صنایع همگن لبنیات استان کرمان', 'لبنیات تهران', false],
    ['کمیسیون نظارت بر تشکل‌های صنعتی', 'تشکلها', true],
    ['کمیسیون نظارت بر تشکل‌های صنعتی', 'تشکل‌ها', true],
  ])('%s has the words of %s: %s', (text, q, expected) => {
    expect(hasWords(text, searchNeedle(q))).toBe(expected);
  });
});
