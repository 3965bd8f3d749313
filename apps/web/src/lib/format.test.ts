import { describe, expect, it } from 'vitest';
import { formatCompact, formatDate, formatNumber, formatYear } from './format.ts';

describe('format', () => {
  it.each([
    [15, 'fa', '۱۵'],
    [3120, 'fa', '۳٬۱۲۰'],
    [3120, 'en', '3,120'],
  ])('formatNumber(%i, %s) = %s', (n, lang, expected) => {
    expect(formatNumber(n, lang)).toBe(expected);
  });

  it.each([
    [9999, 'fa', '۹٬۹۹۹'],
    [12_345, 'en', '12.3K'],
    [102_000, 'fa', '۱۰۲\u00a0هزار'],
  ])('formatCompact(%i, %s) = %s', (n, lang, expected) => {
    expect(formatCompact(n, lang)).toBe(expected);
  });

  it('writes Jalali years without grouping, or the Gregorian years they span', () => {
    expect(formatYear(1399, 'fa', 'jalali')).toBe('۱۳۹۹');
    expect(formatYear(1399, 'en', 'jalali')).toBe('1399');
    expect(formatYear(1399, 'en', 'gregorian')).toBe('2020–21');
    expect(formatYear(1378, 'fa', 'gregorian')).toBe('۱۹۹۹–۰۰');
  });

  it('shows ISO dates in the chosen calendar, leap Esfand included', () => {
    expect(formatDate('2021-06-22', 'fa', 'jalali')).toBe('۱ تیر ۱۴۰۰');
    expect(formatDate('2021-03-20', 'fa', 'jalali')).toBe('۳۰ اسفند ۱۳۹۹');
    expect(formatDate('2021-06-22', 'en', 'gregorian')).toBe('June 22, 2021');
    expect(formatDate('2021-06-22', 'en', 'jalali')).toBe('Tir 1, 1400 AP');
  });
});
