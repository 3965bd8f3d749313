import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DateText } from '../../../components/ui/date-text.tsx';
import type { MeetingsData } from '../../../lib/api/meeting-queries.ts';
import { formatNumber } from '../../../lib/format.ts';

/** Newest first, as the API orders them; the title opens the meeting. */
export function MeetingsTable({ rows }: { rows: MeetingsData['rows'] }) {
  const { t, i18n } = useTranslation('meetings');
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <div className="table-scroll">
      <table className="data-table meetings-table">
        <caption className="visually-hidden">{t('title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.date')}</th>
            <th scope="col">{t('table.number')}</th>
            <th scope="col">{t('table.title')}</th>
            <th scope="col">{t('table.attendees')}</th>
            <th scope="col">{t('table.decisions')}</th>
            <th scope="col">{t('table.approved')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id} data-id={m.id}>
              <td className="meeting-date">
                <DateText iso={m.heldOn} />
                {m.heldOnApproximate && (
                  <span className="approx-mark" title={t('approximateHint')}>
                    {t('approximate')}
                  </span>
                )}
              </td>
              <td className="num">{m.number === null ? t('noNumber') : n(m.number)}</td>
              <th scope="row">
                <Link href={`/meetings/${m.id}`}>{m.title}</Link>
                {m.source === 'demo' && (
                  <span className="demo-mark" title={t('demo.badge', { ns: 'common' })}>
                    <span className="visually-hidden">{t('demo.badge', { ns: 'common' })}</span>
                  </span>
                )}
              </th>
              <td className="num">{n(m.attendeeCount)}</td>
              <td className="num">
                {n(m.decisionCount)}
                {m.openDecisionCount > 0 && (
                  <span className="open-count">{t('table.open', { n: n(m.openDecisionCount) })}</span>
                )}
              </td>
              <td className="num">{n(m.approvedCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
