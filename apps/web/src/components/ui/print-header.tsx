import { describeFilterFa, type StatsFilter } from '@hamgen/shared';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';

/** Shown only on paper: what the printed page holds, under which filters, printed when. */
export function PrintHeader({ filter }: { filter: StatsFilter }) {
  const { t, i18n } = useTranslation('export');
  return (
    <p className="print-only print-header">
      {t('printFilters', { filters: describeFilterFa(filter) })} ·{' '}
      {t('exportDate', { date: formatDate(new Date().toISOString().slice(0, 10), i18n.language) })}
    </p>
  );
}
