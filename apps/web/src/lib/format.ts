// One place for number and date formatting: Persian digits in the Persian UI, Latin digits in
// English, and the calendar the reader chose (Jalali by default) through Intl, which Node and
// Chromium render identically.
import { jalaliYearRange } from '@hamgen/shared';
import { type Calendar, getSettings } from './settings.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

function localeOf(lang: string): string {
  return lang === 'en' ? 'en-US' : 'fa-IR';
}

function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, lang = 'fa'): string {
  return numberFormat(lang).format(value);
}

/** Short forms where space is tight (۱۲٫۳ هزار, 12.3K); exact numbers stay in tooltips and tables. */
export function formatCompact(value: number, lang = 'fa'): string {
  return Math.abs(value) < 10_000
    ? formatNumber(value, lang)
    : numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/**
 * A Jalali year as a label: `۱۳۹۹` in the Jalali calendar; in the Gregorian one the two years it
 * spans (1399 runs from March 2020 to March 2021: `2020–21`). No thousands separator.
 */
export function formatYear(year: number, lang = 'fa', calendar: Calendar = getSettings().calendar): string {
  const plain = numberFormat(lang, { useGrouping: false });
  if (calendar === 'jalali') return plain.format(year);
  const { start, end } = jalaliYearRange(year);
  const first = Number(start.slice(0, 4));
  const last = Number(end.slice(0, 4));
  return `${plain.format(first)}–${plain.format(last % 100).padStart(2, plain.format(0))}`;
}

/** A stored ISO date in the reader's calendar and language. */
export function formatDate(iso: string, lang = 'fa', calendar: Calendar = getSettings().calendar): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const locale = `${localeOf(lang)}-u-ca-${calendar === 'jalali' ? 'persian' : 'gregory'}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A stored timestamp (audit, follow-up) as a short date and time in the reader's calendar. */
export function formatDateTime(isoTime: string, lang = 'fa', calendar: Calendar = getSettings().calendar): string {
  const locale = `${localeOf(lang)}-u-ca-${calendar === 'jalali' ? 'persian' : 'gregory'}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoTime));
}
