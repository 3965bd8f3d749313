import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';

/** A stored ISO date shown in the Jalali calendar; an approximate one says so. */
export function DateText({ iso, approximate = false }: { iso: string; approximate?: boolean }) {
  const { t, i18n } = useTranslation();
  const text = formatDate(iso, i18n.language);
  return <time dateTime={iso}>{approximate ? t('date.approximate', { date: text }) : text}</time>;
}
