// Each exportable dataset as one table: Persian headers, typed columns (numbers stay numbers in
// XLSX and ASCII in CSV), the sources counted, and the filters in words. The rows come from the
// same query functions the charts use, so an export always equals what the page shows. The filter
// title, headers, labels and filter line follow the reader's language and calendar (`lang`, `cal`).
import {
  CENSUS,
  type CompareQuery,
  DECISION_STATUS_LABELS_EN,
  DECISION_STATUS_LABELS_FA,
  type DecisionListQuery,
  type DescribeOptions,
  describeFilter,
  KIND_LABELS_EN,
  KIND_LABELS_FA,
  type OrganizationListQuery,
  SECTORS,
  STATUS_LABELS_EN,
  STATUS_LABELS_FA,
  type StatsFilter,
} from '@hamgen/shared';
import type { Db } from '../../db/client.ts';
import type { SourceCounts } from '../../lib/source-counts.ts';
import { listDecisions } from '../decisions/decisions.db.ts';
import { listOrganizations } from '../organizations/organizations.db.ts';
import { compareProvinceSeries } from '../stats/compare.db.ts';
import { countByProvince, countBySector } from '../stats/stats.db.ts';
import { computeTimeline } from '../stats/timeline.db.ts';

export const DATASETS = ['by-province', 'timeline', 'by-sector', 'organizations', 'decisions', 'compare'] as const;
export type Dataset = (typeof DATASETS)[number];

/** Past this many rows an export is refused rather than left to exhaust the server. */
export const MAX_EXPORT_ROWS = 200_000;

export interface ExportColumn {
  header: string;
  type: 'text' | 'number';
  width?: number;
}

export interface ExportTable {
  lang: 'fa' | 'en';
  calendar: 'jalali' | 'gregorian';
  title: string;
  columns: ExportColumn[];
  rows: (string | number | null)[][];
  sources: SourceCounts;
  filterText: string;
}

const text = (header: string, width = 24): ExportColumn => ({ header, type: 'text', width });
const number = (header: string, width = 12): ExportColumn => ({ header, type: 'number', width });
/** The words of one language, picked as the table is built: `l('استان', 'Province')`. */
function wordsOf(describe: DescribeOptions) {
  const lang = describe.lang ?? 'fa';
  const l = (fa: string, en: string) => (lang === 'en' ? en : fa);
  const language = { lang, calendar: describe.calendar ?? 'jalali' } as const;
  return { l, en: lang === 'en', language };
}
type Words = ReturnType<typeof wordsOf>['l'];

/** Headers that carry the census say so, so a CSV (which has no notes sheet) names its source. */
const populationHeader = (l: Words) => l(`جمعیت (${CENSUS.labelFa})`, `Population (${CENSUS.labelEn})`);
const perMillionHeader = (l: Words) => l('در هر میلیون نفر', 'Per million inhabitants');
/** Census figures are facts of their own source: one per province shown. */
const withCensus = (sources: SourceCounts, provinces: number): SourceCounts => ({ ...sources, census: provinces });

/** The count and its demo share, last in every counted table. */
const counted = (l: ReturnType<typeof wordsOf>['l']) => [
  number(l('تعداد', 'Count')),
  number(l('از آن داده نمونه', 'Of which demo')),
];
const sectorName = (code: string, en: boolean) => {
  const sector = SECTORS.find((s) => s.code === code);
  return (en ? sector?.nameEn : sector?.nameFa) ?? code;
};

export function byProvinceTable(db: Db, filter: StatsFilter, describe: DescribeOptions = {}): ExportTable {
  const { rows, sources } = countByProvince(db, filter);
  const { l, en, language } = wordsOf(describe);
  return {
    ...language,
    title: l('تشکل‌ها به تفکیک استان', 'Organizations by province'),
    columns: [
      text(l('کد استان', 'Province code'), 10),
      text(l('استان', 'Province')),
      ...counted(l),
      number(populationHeader(l), 20),
      number(perMillionHeader(l), 16),
    ],
    rows: rows.map((r) => [r.province, en ? r.nameEn : r.nameFa, r.count, r.demo, r.population, r.perMillion]),
    sources: withCensus(sources, rows.length),
    filterText: describeFilter(filter, describe),
  };
}

export function bySectorTable(db: Db, filter: StatsFilter, describe: DescribeOptions = {}): ExportTable {
  const { rows, sources } = countBySector(db, filter);
  const { l, en, language } = wordsOf(describe);
  return {
    ...language,
    title: l('تشکل‌ها به تفکیک بخش صنعتی', 'Organizations by industrial sector'),
    columns: [text(l('کد بخش', 'Sector code'), 14), text(l('بخش صنعتی', 'Industrial sector'), 28), ...counted(l)],
    rows: rows.map((r) => [r.sector, en ? r.nameEn : r.nameFa, r.count, r.demo]),
    sources,
    filterText: describeFilter(filter, describe),
  };
}

export function timelineTable(db: Db, filter: StatsFilter, describe: DescribeOptions = {}): ExportTable {
  const { rows, sources, meetings } = computeTimeline(db, filter);
  const { l, language } = wordsOf(describe);
  return {
    ...language,
    title: l('روند تشکیل تشکل‌ها به تفکیک سال', 'Organizations formed per year'),
    // Years stay Solar Hijri numbers (the filters' unit) in either calendar; the header says so.
    columns: [
      number(l('سال (خورشیدی)', 'Year (Solar Hijri)')),
      ...counted(l),
      number(l('جلسات کمیسیون', 'Commission meetings')),
      number(l('تشکل‌های تأییدشده در جلسات', 'Organizations approved in meetings')),
    ],
    rows: rows.map((r, i) => {
      const year = meetings[i];
      return [r.year, r.count, r.demo, year?.count ?? 0, year?.approved ?? 0];
    }),
    sources,
    filterText: describeFilter(filter, describe),
  };
}

export function organizationsTable(db: Db, query: OrganizationListQuery, describe: DescribeOptions = {}): ExportTable {
  const list = listOrganizations(db, { ...query, page: 1, pageSize: MAX_EXPORT_ROWS });
  const { l, en, language } = wordsOf(describe);
  return {
    ...language,
    title: l('فهرست تشکل‌ها', 'Organizations'),
    columns: [
      number(l('شناسه', 'ID'), 8),
      text(l('نام تشکل', 'Name (Persian)'), 48),
      text(l('نوع', 'Kind'), 26),
      text(l('استان', 'Province'), 18),
      text(l('بخش صنعتی', 'Industrial sector'), 24),
      text(l('تاریخ تشکیل (میلادی)', 'Established on (Gregorian)'), 14),
      number(l('سال تشکیل (خورشیدی)', 'Year established (Solar Hijri)')),
      text(l('وضعیت', 'Status')),
      number(l('تعداد اعضا', 'Members')),
      text(l('منبع', 'Source'), 10),
    ],
    rows: list.rows.map((o) => [
      o.id,
      o.nameFa,
      (en ? KIND_LABELS_EN : KIND_LABELS_FA)[o.kind],
      (en ? o.provinceNameEn : o.provinceNameFa) ?? l('ملی', 'National'),
      (en ? o.sectorNameEn : o.sectorNameFa) ?? sectorName(o.sectorCode, en),
      o.establishedOn,
      o.jalaliYear,
      (en ? STATUS_LABELS_EN : STATUS_LABELS_FA)[o.status],
      o.members,
      o.source,
    ]),
    sources: list.sources,
    filterText: [describeFilter(query, describe), query.q ? `${l('جستجو', 'Search')}: ${query.q}` : '']
      .filter(Boolean)
      .join(' · '),
  };
}

export function decisionsTable(
  db: Db,
  query: DecisionListQuery,
  describe: DescribeOptions,
  today: string,
): ExportTable {
  const list = listDecisions(db, { ...query, page: 1, pageSize: MAX_EXPORT_ROWS }, today);
  const { l, en, language } = wordsOf(describe);
  const statusLabels = en ? DECISION_STATUS_LABELS_EN : DECISION_STATUS_LABELS_FA;
  const words = [
    query.status ? `${l('وضعیت', 'Status')}: ${statusLabels[query.status]}` : '',
    query.overdue ? l('فقط معوق‌ها', 'Overdue only') : '',
    query.topic ? `${l('موضوع', 'Topic')}: ${query.topic}` : '',
    query.q ? `${l('جستجو', 'Search')}: ${query.q}` : '',
  ].filter(Boolean);
  return {
    ...language,
    title: l('مصوبات کمیسیون', 'Commission decisions'),
    columns: [
      number(l('شناسه', 'ID'), 8),
      text(l('جلسه', 'Meeting'), 40),
      text(l('تاریخ جلسه (میلادی)', 'Meeting date (Gregorian)'), 14),
      number(l('ردیف', 'Item')),
      text(l('متن مصوبه', 'Decision (Persian)'), 60),
      text(l('موضوع', 'Topic'), 22),
      text(l('مسئول پیگیری', 'Responsible'), 30),
      text(l('مهلت (میلادی)', 'Due (Gregorian)'), 14),
      text(l('وضعیت', 'Status'), 14),
      text(l('معوق', 'Overdue'), 8),
      text(l('استان‌ها', 'Provinces'), 24),
      text(l('منبع', 'Source'), 10),
    ],
    rows: list.rows.map((d) => [
      d.id,
      d.meetingTitle,
      d.meetingHeldOn,
      d.seq,
      d.text,
      d.topic,
      d.responsible,
      d.dueOn,
      statusLabels[d.status],
      d.overdue ? l('بله', 'Yes') : l('خیر', 'No'),
      d.provinces.map((p) => (en ? p.nameEn : p.nameFa)).join(l('، ', ', ')),
      d.source,
    ]),
    sources: list.sources,
    filterText: [describeFilter({ from: query.from, to: query.to, province: query.province }, describe), ...words].join(
      ' · ',
    ),
  };
}

/** One row per Jalali year: each province's count and the national median, then totals and the census. */
export function compareTable(db: Db, query: CompareQuery, describe: DescribeOptions = {}): ExportTable {
  const { provinces, median, sources } = compareProvinceSeries(db, query);
  const { l, en, language } = wordsOf(describe);
  const name = (p: (typeof provinces)[number]) => (en ? p.nameEn : p.nameFa);
  const rows: (string | number | null)[][] = median.map((m, i) => [
    String(m.year),
    ...provinces.map((p) => p.series[i]?.count ?? 0),
    m.count,
  ]);
  rows.push([l('جمع', 'Total'), ...provinces.map((p) => p.total), null]);
  rows.push([populationHeader(l), ...provinces.map((p) => p.population), null]);
  rows.push([
    `${perMillionHeader(l)} (${l(CENSUS.labelFa, CENSUS.labelEn)})`,
    ...provinces.map((p) => p.perMillion),
    null,
  ]);
  return {
    ...language,
    title: `${l('مقایسه استان‌ها', 'Provinces compared')}: ${provinces.map(name).join(l('، ', ', '))}`,
    columns: [
      text(l('سال (خورشیدی)', 'Year (Solar Hijri)'), 30),
      ...provinces.map((p) => number(name(p), 16)),
      number(l('میانه کشوری', 'National median'), 14),
    ],
    rows,
    sources: withCensus(sources, provinces.length),
    filterText: describeFilter({ ...query, province: undefined }, describe),
  };
}
