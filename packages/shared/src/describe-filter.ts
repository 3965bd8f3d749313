// Filters in words, for exported charts and spreadsheets ("سال ۱۳۹۹ · بخش: صنایع غذایی").
import { SECTORS } from './domain.ts';
import type { StatsFilter } from './filters.ts';
import { KIND_LABELS_FA, STATUS_LABELS_FA } from './labels-fa.ts';
import { toPersianDigits } from './normalize-fa.ts';
import { provinceByCode } from './provinces.ts';

export function describeFilterFa(filter: StatsFilter): string {
  const parts: string[] = [];
  const { from, to } = filter;
  if (from !== undefined && to !== undefined) {
    parts.push(
      from === to ? `سال ${toPersianDigits(from)}` : `سال‌های ${toPersianDigits(from)} تا ${toPersianDigits(to)}`,
    );
  } else if (from !== undefined) {
    parts.push(`از سال ${toPersianDigits(from)}`);
  } else if (to !== undefined) {
    parts.push(`تا سال ${toPersianDigits(to)}`);
  } else {
    parts.push('همه سال‌ها');
  }
  if (filter.sector) parts.push(`بخش: ${SECTORS.find((s) => s.code === filter.sector)?.nameFa ?? filter.sector}`);
  if (filter.kind) parts.push(`نوع: ${KIND_LABELS_FA[filter.kind]}`);
  if (filter.status) parts.push(`وضعیت: ${STATUS_LABELS_FA[filter.status]}`);
  if (filter.province) parts.push(`استان: ${provinceByCode(filter.province)?.nameFa ?? filter.province}`);
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
