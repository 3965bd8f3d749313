import { describe, expect, it } from 'vitest';
import { describeFilterFa, periodSlug } from './describe-filter.ts';

describe('describeFilterFa', () => {
  it.each([
    [{}, 'همه سال‌ها'],
    [{ from: 1399, to: 1399 }, 'سال ۱۳۹۹'],
    [{ from: 1390, to: 1395, sector: 'food' }, 'سال‌های ۱۳۹۰ تا ۱۳۹۵ · بخش: صنایع غذایی'],
    [{ to: 1400, kind: 'national_association' as const }, 'تا سال ۱۴۰۰ · نوع: انجمن ملی'],
    [{ from: 1380, province: 'IR-03', status: 'active' as const }, 'از سال ۱۳۸۰ · وضعیت: فعال · استان: آذربایجان شرقی'],
  ])('%o', (filter, expected) => {
    expect(describeFilterFa(filter)).toBe(expected);
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
