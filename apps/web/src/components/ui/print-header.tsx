import { describeFilter, type StatsFilter } from '@hamgen/shared';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { useSettings } from '../../lib/settings.ts';
import { type SourceCounts, sourceLabels } from './source-line.tsx';

/** Shown only on paper: whose report, under which filters, from which sources, printed when. */
export function PrintHeader({ filter, sources }: { filter: StatsFilter; sources?: SourceCounts }) {
  const { t, i18n } = useTranslation('export');
  const { t: tc } = useTranslation();
  const { calendar } = useSettings();
  const lang = i18n.language === 'en' ? 'en' : 'fa';
  const labels = sources ? sourceLabels(sources, tc) : [];
  return (
    <div className="print-only print-header">
      <p className="print-header-app">
        {tc('app.name')} — {tc('app.tagline')}
      </p>
      <p>
        {t('printFilters', { filters: describeFilter(filter, { lang, calendar }) })}
        {labels.length > 0 && ` · ${tc('source.label')}: ${labels.join(tc('app.listSeparator'))}`} ·{' '}
        {t('exportDate', { date: formatDate(new Date().toISOString().slice(0, 10), lang) })}
      </p>
    </div>
  );
}
