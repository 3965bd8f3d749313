import { useTranslation } from 'react-i18next';
import type { OverviewData } from '../../../lib/api/stats-queries.ts';
import { formatNumber, formatYear } from '../../../lib/format.ts';

/** Figures a source reported without their rows (the article's 15 in 1399), beside the demo split. */
export function ReportedFigures({ reported }: { reported: OverviewData['reported'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (reported.length === 0) return null;
  return (
    <aside className="reported">
      {reported.map((r) => (
        <p key={`${r.metric}-${r.jalaliYear}`} data-source={r.source}>
          {t('overview.reported', {
            source: t(`source.${r.source}`),
            value: formatNumber(r.value, lang),
            year: formatYear(r.jalaliYear, lang),
            provinces: formatNumber(r.provinceCodes.length, lang),
            // The stored note is Persian text; English readers get the same fact from the locale.
            note: lang === 'en' ? t('overview.reportedNoteEn') : r.note,
          })}
        </p>
      ))}
    </aside>
  );
}
