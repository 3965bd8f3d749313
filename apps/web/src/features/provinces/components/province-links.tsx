import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DateText } from '../../../components/ui/date-text.tsx';
import { EmptyState } from '../../../components/ui/status.tsx';
import type { ProvinceSheetData } from '../../../lib/api/province-queries.ts';
import { formatNumber } from '../../../lib/format.ts';

/** Decisions that name the province and meetings that approved its associations. */
export function ProvinceLinks({ sheet }: { sheet: ProvinceSheetData }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="card-row">
      <section className="card">
        <h2 className="card-title">{t('province.decisions')}</h2>
        {sheet.decisions.length === 0 ? (
          <EmptyState message={t('province.noDecisions')} />
        ) : (
          <ul className="link-list">
            {sheet.decisions.map((d) => (
              <li key={d.id}>
                <Link href={`/meetings/${d.meetingId}#decision-${d.id}`}>{d.text}</Link> —{' '}
                {t(`decisionStatus.${d.status}`)} · <DateText iso={d.meetingHeldOn} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <h2 className="card-title">{t('province.meetings')}</h2>
        <ul className="link-list">
          {sheet.meetings.map((m) => (
            <li key={m.id}>
              <Link href={`/meetings/${m.id}`}>{m.title}</Link> — <DateText iso={m.heldOn} /> ·{' '}
              {t('province.approvedCount', { count: m.approved, formatted: formatNumber(m.approved, i18n.language) })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
