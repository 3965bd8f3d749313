// Each exportable dataset as one table: Persian headers, typed columns (numbers stay numbers in
// XLSX and ASCII in CSV), the sources counted, and the filters in words. The rows come from the
// same query functions the charts use, so an export always equals what the page shows. The filter
// line follows the reader's language and calendar (`lang`, `cal`); the headers stay Persian.
import {
  DECISION_STATUS_LABELS_FA,
  type DecisionListQuery,
  type DescribeOptions,
  describeFilter,
  KIND_LABELS_FA,
  type OrganizationListQuery,
  SECTORS,
  STATUS_LABELS_FA,
  type StatsFilter,
} from '@hamgen/shared';
import type { Db } from '../../db/client.ts';
import { isoToday, listDecisions } from '../decisions/decisions.db.ts';
import { listOrganizations } from '../organizations/organizations.db.ts';
import type { SourceCounts } from '../stats/sources.ts';
import { countByProvince, countBySector } from '../stats/stats.db.ts';
import { computeTimeline } from '../stats/timeline.db.ts';

export const DATASETS = ['by-province', 'timeline', 'by-sector', 'organizations', 'decisions'] as const;
export type Dataset = (typeof DATASETS)[number];

/** Past this many rows an export is refused rather than left to exhaust the server. */
export const MAX_EXPORT_ROWS = 200_000;

export interface ExportColumn {
  header: string;
  type: 'text' | 'number';
  width?: number;
}

export interface ExportTable {
  title: string;
  columns: ExportColumn[];
  rows: (string | number | null)[][];
  sources: SourceCounts;
  filterText: string;
}

const text = (header: string, width = 24): ExportColumn => ({ header, type: 'text', width });
const number = (header: string, width = 12): ExportColumn => ({ header, type: 'number', width });
const sectorName = (code: string) => SECTORS.find((s) => s.code === code)?.nameFa ?? code;

export function byProvinceTable(db: Db, filter: StatsFilter, describe: DescribeOptions = {}): ExportTable {
  const { rows, sources } = countByProvince(db, filter);
  return {
    title: 'تشکل‌ها به تفکیک استان',
    columns: [text('کد استان', 10), text('استان'), number('تعداد'), number('از آن داده نمونه')],
    rows: rows.map((r) => [r.province, r.nameFa, r.count, r.demo]),
    sources,
    filterText: describeFilter(filter, describe),
  };
}

export function bySectorTable(db: Db, filter: StatsFilter, describe: DescribeOptions = {}): ExportTable {
  const { rows, sources } = countBySector(db, filter);
  return {
    title: 'تشکل‌ها به تفکیک بخش صنعتی',
    columns: [text('کد بخش', 14), text('بخش صنعتی', 28), number('تعداد'), number('از آن داده نمونه')],
    rows: rows.map((r) => [r.sector, r.nameFa, r.count, r.demo]),
    sources,
    filterText: describeFilter(filter, describe),
  };
}

export function timelineTable(db: Db, filter: StatsFilter, describe: DescribeOptions = {}): ExportTable {
  const { rows, sources } = computeTimeline(db, filter);
  return {
    title: 'روند تشکیل تشکل‌ها به تفکیک سال',
    columns: [number('سال (خورشیدی)'), number('تعداد'), number('از آن داده نمونه')],
    rows: rows.map((r) => [r.year, r.count, r.demo]),
    sources,
    filterText: describeFilter(filter, describe),
  };
}

export function organizationsTable(db: Db, query: OrganizationListQuery, describe: DescribeOptions = {}): ExportTable {
  const list = listOrganizations(db, { ...query, page: 1, pageSize: MAX_EXPORT_ROWS });
  return {
    title: 'فهرست تشکل‌ها',
    columns: [
      number('شناسه', 8),
      text('نام تشکل', 48),
      text('نوع', 26),
      text('استان', 18),
      text('بخش صنعتی', 24),
      text('تاریخ تشکیل (میلادی)', 14),
      number('سال تشکیل (خورشیدی)'),
      text('وضعیت'),
      number('تعداد اعضا'),
      text('منبع', 10),
    ],
    rows: list.rows.map((o) => [
      o.id,
      o.nameFa,
      KIND_LABELS_FA[o.kind],
      o.provinceNameFa ?? 'ملی',
      o.sectorNameFa ?? sectorName(o.sectorCode),
      o.establishedOn,
      o.jalaliYear,
      STATUS_LABELS_FA[o.status],
      o.members,
      o.source,
    ]),
    sources: list.sources,
    filterText: [describeFilter(query, describe), query.q ? `جستجو: ${query.q}` : ''].filter(Boolean).join(' · '),
  };
}

export function decisionsTable(db: Db, query: DecisionListQuery, describe: DescribeOptions = {}): ExportTable {
  const list = listDecisions(db, { ...query, page: 1, pageSize: MAX_EXPORT_ROWS }, isoToday());
  const words = [
    query.status ? `وضعیت: ${DECISION_STATUS_LABELS_FA[query.status]}` : '',
    query.overdue ? 'فقط معوق‌ها' : '',
    query.topic ? `موضوع: ${query.topic}` : '',
    query.q ? `جستجو: ${query.q}` : '',
  ].filter(Boolean);
  return {
    title: 'مصوبات کمیسیون',
    columns: [
      number('شناسه', 8),
      text('جلسه', 40),
      text('تاریخ جلسه (میلادی)', 14),
      number('ردیف'),
      text('متن مصوبه', 60),
      text('موضوع', 22),
      text('مسئول پیگیری', 30),
      text('مهلت (میلادی)', 14),
      text('وضعیت', 14),
      text('معوق', 8),
      text('استان‌ها', 24),
      text('منبع', 10),
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
      DECISION_STATUS_LABELS_FA[d.status],
      d.overdue ? 'بله' : 'خیر',
      d.provinces.map((p) => p.nameFa).join('، '),
      d.source,
    ]),
    sources: list.sources,
    filterText: [describeFilter({ from: query.from, to: query.to, province: query.province }, describe), ...words].join(
      ' · ',
    ),
  };
}
