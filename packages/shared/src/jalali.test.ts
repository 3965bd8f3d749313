import { describe, expect, it } from 'vitest';
import {
  isLeapJalaliYear,
  isoToJalali,
  isValidJalaliDate,
  jalaliToIso,
  jalaliYearOf,
  jalaliYearRange,
  parseJalaliDate,
} from './jalali.ts';

describe('leap years', () => {
  it.each([
    [1395, true],
    [1399, true],
    [1400, false],
    [1401, false],
    [1402, false],
    [1403, true],
    [1404, false],
  ])('%i leap = %s', (year, leap) => {
    expect(isLeapJalaliYear(year)).toBe(leap);
  });
});

describe('isValidJalaliDate', () => {
  it.each([
    [{ year: 1399, month: 12, day: 30 }, true],
    [{ year: 1403, month: 12, day: 30 }, true],
    [{ year: 1400, month: 12, day: 30 }, false],
    [{ year: 1404, month: 12, day: 30 }, false],
    [{ year: 1400, month: 12, day: 29 }, true],
    [{ year: 1400, month: 6, day: 31 }, true],
    [{ year: 1400, month: 7, day: 31 }, false],
    [{ year: 1400, month: 13, day: 1 }, false],
    [{ year: 1400, month: 0, day: 1 }, false],
    [{ year: 1400.5, month: 1, day: 1 }, false],
  ])('%o -> %s', (date, valid) => {
    expect(isValidJalaliDate(date)).toBe(valid);
  });
});

describe('conversions', () => {
  it.each([
    [{ year: 1400, month: 4, day: 1 }, '2021-06-22'],
    [{ year: 1399, month: 1, day: 1 }, '2020-03-20'],
    [{ year: 1399, month: 12, day: 30 }, '2021-03-20'],
    [{ year: 1403, month: 12, day: 30 }, '2025-03-20'],
    [{ year: 1378, month: 4, day: 9 }, '1999-06-30'],
  ])('%o <-> %s', (jalali, iso) => {
    expect(jalaliToIso(jalali)).toBe(iso);
    expect(isoToJalali(iso)).toEqual(jalali);
  });

  it('refuses impossible dates', () => {
    expect(() => jalaliToIso({ year: 1400, month: 12, day: 30 })).toThrow(RangeError);
    expect(isoToJalali('2021-02-30')).toBeNull();
    expect(isoToJalali('21-6-22')).toBeNull();
  });

  it('gives the Jalali year of an ISO date at the Nowruz boundary', () => {
    expect(jalaliYearOf('2021-03-20')).toBe(1399);
    expect(jalaliYearOf('2021-03-21')).toBe(1400);
  });
});

describe('jalaliYearRange', () => {
  it.each([
    [1399, '2020-03-20', '2021-03-20'],
    [1400, '2021-03-21', '2022-03-20'],
    [1403, '2024-03-20', '2025-03-20'],
    [1404, '2025-03-21', '2026-03-20'],
  ])('%i spans %s..%s', (year, start, end) => {
    expect(jalaliYearRange(year)).toEqual({ start, end });
  });
});

describe('parseJalaliDate', () => {
  it.each([
    ['1399/12/30', { year: 1399, month: 12, day: 30 }],
    ['۱۳۹۹/۱۲/۳۰', { year: 1399, month: 12, day: 30 }],
    ['١٤٠٠-٤-١', { year: 1400, month: 4, day: 1 }],
    [' 1403.1.5 ', { year: 1403, month: 1, day: 5 }],
    ['1400/12/30', null],
    ['1400/13/01', null],
    ['99/1/1', null],
    ['abc', null],
    ['', null],
  ])('%s', (text, expected) => {
    expect(parseJalaliDate(text)).toEqual(expected);
  });
});
