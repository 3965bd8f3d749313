// The audit log as CSV for auditors: one line per event with its changes spelled out in Persian
// («تعداد اعضا: ۲۱ → ۴۷»), written by the shared CSV writer (BOM, CRLF, formula-safe cells).
import { auditChanges, type CsvType, describeChangesFa, toCsv } from '@hamgen/shared';
import type { auditEventsForExport } from './audit.db.ts';

const ACTION_LABELS_FA: Record<string, string> = {
  create: 'ایجاد',
  update: 'ویرایش',
  delete: 'حذف',
  status_change: 'تغییر وضعیت',
  import: 'درون‌ریزی',
  login: 'ورود',
  logout: 'خروج',
  password_change: 'تغییر گذرواژه',
  sessions_end: 'پایان نشست‌ها',
};
const ENTITY_LABELS_FA: Record<string, string> = {
  organization: 'تشکل',
  meeting: 'جلسه',
  decision: 'مصوبه',
  attachment: 'پیوست جلسه',
  user: 'کاربر',
  session: 'نشست',
  import: 'درون‌ریزی',
};
const OUTCOME_LABELS_FA: Record<string, string> = { success: 'موفق', failure: 'ناموفق', denied: 'ردشده' };

// Jalali with ASCII digits: CSV keeps ASCII digits so spreadsheets read them.
const jalaliTime = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-latn', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Asia/Tehran',
});

const COLUMNS: { header: string; type: CsvType }[] = [
  { header: 'شناسه رویداد', type: 'number' },
  { header: 'زمان (UTC)', type: 'text' },
  { header: 'زمان (تهران، خورشیدی)', type: 'text' },
  { header: 'کاربر', type: 'text' },
  { header: 'رویداد', type: 'text' },
  { header: 'نوع رکورد', type: 'text' },
  { header: 'شناسه رکورد', type: 'text' },
  { header: 'نتیجه', type: 'text' },
  { header: 'تغییرها', type: 'text' },
  { header: 'توضیح', type: 'text' },
  { header: 'نشانی IP', type: 'text' },
];

export function auditCsv(rows: ReturnType<typeof auditEventsForExport>): string {
  return toCsv(
    COLUMNS,
    rows.map((r) => [
      r.id,
      r.at,
      jalaliTime.format(new Date(r.at)),
      r.username,
      ACTION_LABELS_FA[r.action] ?? r.action,
      ENTITY_LABELS_FA[r.entity] ?? r.entity,
      r.entityId,
      OUTCOME_LABELS_FA[r.outcome] ?? r.outcome,
      describeChangesFa(auditChanges(r.before, r.after)),
      r.note,
      r.ip,
    ]),
  );
}
