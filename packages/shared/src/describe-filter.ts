// Filters in words, for printed pages, exported charts and spreadsheets, in the reader's language
// and calendar ("سال ۱۳۹۹ · بخش: صنایع غذایی", "Year 2020–21 · Sector: Food and beverages").
// Filters are Jalali years underneath; the Gregorian calendar shows the two years one spans.
import { SECTORS } from './domain.ts';
import type { StatsFilter } from './filters.ts';
import { jalaliYearRange } from './jalali.ts';
import { KIND_LABELS_EN, STATUS_LABELS_EN } from './labels-en.ts';
import { KIND_LABELS_FA, STATUS_LABELS_FA } from './labels-fa.ts';
import { toPersianDigits } from './normalize-fa.ts';
import { provinceByCode } from './provinces.ts';

export type FilterLanguage = 'fa' | 'en';
export type FilterCalendar = 'jalali' | 'gregorian';

export interface DescribeOptions {
  lang?: FilterLanguage;
  calendar?: FilterCalendar;
}

const WORDS = {
  fa: {
    year: (y: string) => `سال ${y}`,
    years: (a: string, b: string) => `سال‌های ${a} تا ${b}`,
    from: (y: string) => `از سال ${y}`,
    to: (y: string) => `تا سال ${y}`,
    all: 'همه سال‌ها',
    sector: 'بخش',
    kind: 'نوع',
    status: 'وضعیت',
    province: 'استان',
  },
  en: {
    year: (y: string) => `Year ${y}`,
    years: (a: string, b: string) => `Years ${a} to ${b}`,
    from: (y: string) => `From ${y}`,
    to: (y: string) => `Up to ${y}`,
    all: 'All years',
    sector: 'Sector',
    kind: 'Kind',
    status: 'Status',
    province: 'Province',
  },
} as const;

/** A Jalali year as a label: `1399`, or in the Gregorian calendar the years it spans (`2020–21`). */
export function yearLabel(year: number, { lang = 'fa', calendar = 'jalali' }: DescribeOptions = {}): string {
  const digits = (text: string) => (lang === 'fa' ? toPersianDigits(text) : text);
  if (calendar === 'jalali') return digits(String(year));
  const { start, end } = jalaliYearRange(year);
  return digits(`${start.slice(0, 4)}–${end.slice(2, 4)}`);
}

export function describeFilter(filter: StatsFilter, options: DescribeOptions = {}): string {
  const lang = options.lang ?? 'fa';
  const words = WORDS[lang];
  const year = (y: number) => yearLabel(y, options);
  const parts: string[] = [];
  const { from, to } = filter;
  if (from !== undefined && to !== undefined) {
    parts.push(from === to ? words.year(year(from)) : words.years(year(from), year(to)));
  } else if (from !== undefined) {
    parts.push(words.from(year(from)));
  } else if (to !== undefined) {
    parts.push(words.to(year(to)));
  } else {
    parts.push(words.all);
  }
  const en = lang === 'en';
  if (filter.sector) {
    const sector = SECTORS.find((s) => s.code === filter.sector);
    parts.push(`${words.sector}: ${(en ? sector?.nameEn : sector?.nameFa) ?? filter.sector}`);
  }
  if (filter.kind) parts.push(`${words.kind}: ${(en ? KIND_LABELS_EN : KIND_LABELS_FA)[filter.kind]}`);
  if (filter.status) parts.push(`${words.status}: ${(en ? STATUS_LABELS_EN : STATUS_LABELS_FA)[filter.status]}`);
  if (filter.province) {
    const province = provinceByCode(filter.province);
    parts.push(`${words.province}: ${(en ? province?.nameEn : province?.nameFa) ?? filter.province}`);
  }
  return parts.join(' · ');
}

/** The period part of an export's file name: `1399`, `1390-1395`, `from-1390`, `to-1400` or `all-years`. */
export function periodSlug(filter: Pick<StatsFilter, 'from' | 'to'>): string {
  const { from, to } = filter;
  if (from !== undefined && to !== undefined) return from === to ? String(from) : `${from}-${to}`;
  if (from !== undefined) return `from-${from}`;
  if (to !== undefined) return `to-${to}`;
  return 'all-years';
}
