// What an audit event changed, field by field, from the full records it keeps before and after.
// The audit page shows these with labels of its locale; the CSV export writes them in Persian.

import { formatJalaliNumeric, isoToJalali } from './jalali.ts';
import { DECISION_STATUS_LABELS_FA, KIND_LABELS_FA, STATUS_LABELS_FA } from './labels-fa.ts';
import { toPersianDigits } from './normalize-fa.ts';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping every write moves; showing them would bury the change that matters. */
const NOISE = new Set(['id', 'version', 'createdAt', 'updatedAt', 'searchText', 'passwordChangedAt', 'lastLoginAt']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Changed top-level fields in the record's own order; a create lists what it set, a delete what it removed. */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !NOISE.has(f));
  return fields
    .filter((field) => !same(b[field], a[field]))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

export const AUDIT_FIELD_LABELS_FA: Record<string, string> = {
  nameFa: 'نام',
  nameEn: 'نام انگلیسی',
  kind: 'نوع',
  provinceCode: 'استان',
  sectorCode: 'بخش صنعتی',
  establishedOn: 'تاریخ تشکیل',
  jalaliYear: 'سال تشکیل',
  status: 'وضعیت',
  members: 'تعداد اعضا',
  approvedInMeetingId: 'جلسه تصویب',
  lastElectionOn: 'آخرین انتخابات',
  source: 'منبع',
  title: 'عنوان',
  number: 'شماره',
  heldOn: 'تاریخ جلسه',
  heldOnApproximate: 'تاریخ تقریبی',
  location: 'محل برگزاری',
  summary: 'خلاصه',
  agenda: 'دستور جلسه',
  attendees: 'حاضران',
  decisionIds: 'مصوبات',
  decisions: 'مصوبات',
  meetingId: 'جلسه',
  seq: 'ردیف',
  text: 'متن',
  topic: 'موضوع',
  responsible: 'مسئول پیگیری',
  dueOn: 'مهلت انجام',
  provinceCodes: 'استان‌ها',
  organizationIds: 'تشکل‌ها',
  username: 'نام کاربری',
  displayName: 'نام نمایشی',
  role: 'نقش',
  disabled: 'غیرفعال',
  mustChangePassword: 'باید گذرواژه را عوض کند',
  fileName: 'نام فایل',
  contentType: 'نوع فایل',
  size: 'حجم (بایت)',
  sha256: 'چکیده SHA-256',
};

const ENUM_LABELS_FA: Record<string, Record<string, string>> = {
  kind: KIND_LABELS_FA,
  status: { ...STATUS_LABELS_FA, ...DECISION_STATUS_LABELS_FA },
  role: { viewer: 'خواننده', editor: 'ویرایشگر', admin: 'مدیر' },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One value as the Persian reader expects it: Jalali dates, Persian digits, words for codes. */
export function auditValueFa(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'بله' : 'خیر';
  if (typeof value === 'number') return toPersianDigits(value);
  if (typeof value === 'string') {
    const label = ENUM_LABELS_FA[field]?.[value];
    if (label) return label;
    const jalali = ISO_DATE.test(value) ? isoToJalali(value) : null;
    return jalali ? toPersianDigits(formatJalaliNumeric(jalali)) : value;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      return value.map((v) => auditValueFa(field, v)).join('، ') || '—';
    }
    return `${toPersianDigits(value.length)} مورد`;
  }
  return JSON.stringify(value);
}

/** «تعداد اعضا: ۲۱ → ۴۷», one line per change. */
export function describeChangesFa(changes: readonly FieldChange[]): string {
  return changes
    .map(
      (c) =>
        `${AUDIT_FIELD_LABELS_FA[c.field] ?? c.field}: ${auditValueFa(c.field, c.before)} → ${auditValueFa(c.field, c.after)}`,
    )
    .join('\n');
}
