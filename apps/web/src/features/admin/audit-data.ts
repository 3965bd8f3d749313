// Pure shaping for the audit page: where an event's record lives, and how a stored value reads
// (Jalali dates, the reader's digits, words for codes). The diff itself is the shared one.
import { toPersianDigits } from '@hamgen/shared';
import { formatDate, formatNumber } from '../../lib/format.ts';

interface AuditEvent {
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

const field = (record: unknown, name: string): unknown =>
  typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined;

/** The page of the record an event is about, or null (a deleted record has none, nor a login). */
export function auditRecordHref(event: AuditEvent): string | null {
  const id = event.entityId;
  if (!id || event.after === null) {
    // Deleted: only a decision or attachment still has its meeting to show.
    if (event.entity !== 'decision' && event.entity !== 'attachment') return null;
  }
  const meetingId = field(event.after, 'meetingId') ?? field(event.before, 'meetingId');
  switch (event.entity) {
    case 'organization':
      return `/associations/${id}`;
    case 'meeting':
      return `/meetings/${id}`;
    case 'decision':
      return typeof meetingId === 'number' ? `/meetings/${meetingId}${event.after ? `#decision-${id}` : ''}` : null;
    case 'attachment':
      return typeof meetingId === 'number' ? `/meetings/${meetingId}` : null;
    case 'user':
      return '/admin/users';
    default:
      return null;
  }
}

/** A record id is a label, not a quantity: no thousands separator (۲۸۲۹, not ۲٬۸۲۹). */
export function recordIdText(id: string | number, lang: string): string {
  return lang === 'en' ? String(id) : toPersianDigits(id);
}

const isIdField = (name: string) => /Ids?$/.test(name);

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENUM_KEYS: Record<string, (value: string) => string> = {
  kind: (v) => `common:kind.${v}`,
  role: (v) => `admin:users.roles.${v}`,
};
const DECISION_STATUSES = new Set(['open', 'in_progress', 'done']);

export function auditValueText(name: string, value: unknown, t: Translate, lang: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('secretariat:audit.yes') : t('secretariat:audit.no');
  if (typeof value === 'number') return isIdField(name) ? recordIdText(value, lang) : formatNumber(value, lang);
  if (typeof value === 'string') {
    if (name === 'status') {
      return t(DECISION_STATUSES.has(value) ? `common:decisionStatus.${value}` : `common:status.${value}`);
    }
    const key = ENUM_KEYS[name];
    if (key) return t(key(value));
    if (ISO_DATE.test(value)) return formatDate(value, lang);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      return value.map((v) => auditValueText(name, v, t, lang)).join(lang === 'en' ? ', ' : '، ') || '—';
    }
    return t('secretariat:audit.items', { n: formatNumber(value.length, lang) });
  }
  return JSON.stringify(value);
}
