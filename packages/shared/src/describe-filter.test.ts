import { describe, expect, it } from 'vitest';
import { describeFilter, periodSlug } from './describe-filter.ts';

describe('describeFilter in Persian', () => {
  it.each([
    [{}, 'همه سال‌ها'],
    [{ from: 1399, to: 1399 }, 'سال ۱۳۹۹'],
    [{ from: 1390, to: 1395, sector: 'food' }, 'سال‌های ۱۳۹۰ تا ۱۳۹۵ · بخش: صنایع غذایی'],
    [{ to: 1400, kind: 'national_association' as const }, 'تا سال ۱۴۰۰ · نوع: انجمن ملی'],
    [{ from: 1380, province: 'IR-03', status: 'active' as const }, 'از سال ۱۳۸۰ · وضعیت: فعال · استان: آذربایجان شرقی'],
  ])('%o', (filter, expected) => {
    expect(describeFilter(filter)).toBe(expected);
  });
});

describe('describeFilter in English and the Gregorian calendar', () => {
  it.each([
    [{}, 'en', 'jalali', 'All years'],
    [{ from: 1399, to: 1399 }, 'en', 'gregorian', 'Year 2020–21'],
    [{ from: 1399, to: 1399 }, 'fa', 'gregorian', 'سال ۲۰۲۰–۲۱'],
    [
      { from: 1390, to: 1395, sector: 'textiles' },
      'en',
      'jalali',
      'Years 1390 to 1395 · Sector: Textiles and clothing',
    ],
    [
      { from: 1380, province: 'IR-03', status: 'active' as const, kind: 'national_association' as const },
      'en',
      'gregorian',
      'From 2001–02 · Kind: National association · Status: Active · Province: East Azerbaijan',
    ],
  ] as const)('%o %s %s', (filter, lang, calendar, expected) => {
    const text = describeFilter(filter, { lang, calendar });
    expect(text).toBe(expected);
    if (lang === 'en') expect(text).not.toMatch(/[\u0600-\u06FF]/);
  });
});

describe('periodSlug', () => {
  it.each([
    [{}, 'all-years'],
    [{ from: 1399, to: 1399 }, '1399'],
    [{ from: 1390, to: 1395 }, '1390-1395'],
    [{ from: 1390 }, 'from-1390'],
    [{ to: 1400 }, 'to-1400'],
  ])('%o -> %s', (filter, expected) => {
    expect(periodSlug(filter)).toBe(expected);
  });
});
