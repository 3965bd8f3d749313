import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DecisionSummaryList } from '../../../components/decisions/decision-summary-list.tsx';
import { DateText } from '../../../components/ui/date-text.tsx';
import type { ProvinceSheetData } from '../../../lib/api/province-queries.ts';
import { formatNumber } from '../../../lib/format.ts';

/** Decisions that name the province and meetings that approved its associations. */
export function ProvinceLinks({ sheet }: { sheet: ProvinceSheetData }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="card-row">
      <section className="card">
        <h2 className="card-title">{t('province.decisions')}</h2>
        <DecisionSummaryList decisions={sheet.decisions} emptyMessage={t('province.noDecisions')} />
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
