// Jalali (Solar Hijri) helpers. Dates are stored as Gregorian ISO `YYYY-MM-DD` text plus an
// integer Jalali year; jalaali-js does the arithmetic (Borkowski's algorithm, exact for these
// years and in agreement with Intl's persian calendar), this module gives it the project's shapes.
import { isLeapJalaaliYear, isValidJalaaliDate, toGregorian, toJalaali } from 'jalaali-js';
import { toAsciiDigits } from './normalize-fa.ts';

export interface JalaliDate {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isLeapJalaliYear(year: number): boolean {
  return isLeapJalaaliYear(year);
}

export function isValidJalaliDate({ year, month, day }: JalaliDate): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 3000 &&
    isValidJalaaliDate(year, month, day)
  );
}

/** Gregorian ISO date of a valid Jalali date; throws on an impossible one (e.g. 1400/12/30). */
export function jalaliToIso(date: JalaliDate): string {
  if (!isValidJalaliDate(date)) {
    throw new RangeError(`Invalid Jalali date ${date.year}/${date.month}/${date.day}`);
  }
  const { gy, gm, gd } = toGregorian(date.year, date.month, date.day);
  return `${pad(gy, 4)}-${pad(gm)}-${pad(gd)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Jalali date of a Gregorian ISO date, or null when the text is not a real calendar date. */
export function isoToJalali(iso: string): JalaliDate | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [gy, gm, gd] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(gy, gm - 1, gd));
  if (check.getUTCFullYear() !== gy || check.getUTCMonth() !== gm - 1 || check.getUTCDate() !== gd) {
    return null;
  }
  const { jy, jm, jd } = toJalaali(gy, gm, gd);
  return { year: jy, month: jm, day: jd };
}

/** The Jalali year a Gregorian ISO date falls in. */
export function jalaliYearOf(iso: string): number {
  const date = isoToJalali(iso);
  if (!date) throw new RangeError(`Invalid ISO date ${iso}`);
  return date.year;
}

/** First and last Gregorian day of a Jalali year (1 Farvardin .. 29 or 30 Esfand). */
export function jalaliYearRange(year: number): { start: string; end: string } {
  const lastDay = isLeapJalaliYear(year) ? 30 : 29;
  return {
    start: jalaliToIso({ year, month: 1, day: 1 }),
    end: jalaliToIso({ year, month: 12, day: lastDay }),
  };
}

/**
 * Reads a typed Jalali date such as `1399/12/30`, `۱۳۹۹-۱۲-۳۰` or `1399.1.5`.
 * Returns null for text that is not a date or for an impossible date.
 */
export function parseJalaliDate(text: string): JalaliDate | null {
  const m = /^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/.exec(toAsciiDigits(text.trim()));
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidJalaliDate(date) ? date : null;
}

export function formatJalaliNumeric({ year, month, day }: JalaliDate): string {
  return `${year}/${pad(month)}/${pad(day)}`;
}
