import { describe, expect, it } from 'vitest';
import { containsPattern } from './like.ts';

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
