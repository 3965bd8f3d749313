// Persian labels of the stored codes, for what the server writes itself (spreadsheet exports).
// The web app shows the same words through its locale files, where English lives too.
import type { DecisionStatus, OrganizationKind, OrganizationStatus } from './domain.ts';

export const KIND_LABELS_FA: Record<OrganizationKind, string> = {
  provincial_association: 'انجمن صنایع همگن استانی',
  national_association: 'انجمن ملی',
  provincial_house: 'خانه صنعت، معدن و تجارت استان',
  other: 'سایر تشکل‌ها',
};

export const STATUS_LABELS_FA: Record<OrganizationStatus, string> = {
  forming: 'در حال تشکیل',
  active: 'فعال',
  suspended: 'تعلیق‌شده',
  dissolved: 'منحل‌شده',
};

export const DECISION_STATUS_LABELS_FA: Record<DecisionStatus, string> = {
  open: 'باز',
  in_progress: 'در حال پیگیری',
  done: 'انجام‌شده',
};

export const SOURCE_LABELS_FA: Record<string, string> = {
  article: 'گزارش شاتا، ۱ تیر ۱۴۰۰',
  demo: 'داده نمونه (ساختگی)',
  manual: 'ثبت دبیرخانه کمیسیون',
  census: 'سرشماری عمومی نفوس و مسکن ۱۳۹۵، مرکز آمار ایران',
};

export function sourceLabelFa(source: string): string {
  if (source.startsWith('import:')) return `فایل درون‌ریزی‌شده (${source.slice('import:'.length)})`;
  return SOURCE_LABELS_FA[source] ?? source;
}
