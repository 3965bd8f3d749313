import { describe, expect, it } from 'vitest';
import { formatJalaliDate, formatNumber, formatYear } from './format.ts';

describe('format', () => {
  it.each([
    [15, 'fa', '۱۵'],
    [3120, 'fa', '۳٬۱۲۰'],
    [3120, 'en', '3,120'],
  ])('formatNumber(%i, %s) = %s', (n, lang, expected) => {
    expect(formatNumber(n, lang)).toBe(expected);
  });

  it('writes years without grouping', () => {
    expect(formatYear(1399)).toBe('۱۳۹۹');
    expect(formatYear(1399, 'en')).toBe('1399');
  });

  it('shows Gregorian ISO dates in the Jalali calendar, leap Esfand included', () => {
    expect(formatJalaliDate('2021-06-22')).toBe('۱ تیر ۱۴۰۰');
    expect(formatJalaliDate('2021-03-20')).toBe('۳۰ اسفند ۱۳۹۹');
  });
});
