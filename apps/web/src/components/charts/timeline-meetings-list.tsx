import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatNumber, formatYear } from '../../lib/format.ts';
import { DateText } from '../ui/date-text.tsx';
import type { MeetingYearLike } from './timeline-meetings.ts';
import './timeline-meetings.css';

/** A year's meetings with links, and the associations each approved (tooltip and panel alike). */
export function TimelineMeetingsList({ year, linked = true }: { year: MeetingYearLike; linked?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const listed = year.meetings;
  const more = year.count - (listed?.length ?? 0);
  return (
    <div className="timeline-meetings">
      <p className="timeline-meetings-title">
        {t('overview.timeline.meetingsOfYear', {
          year: formatYear(year.year, lang),
          count: year.count,
          formatted: formatNumber(year.count, lang),
        })}
      </p>
      {!listed && <p className="timeline-meetings-loading">{t('states.loading')}</p>}
      <ul>
        {listed?.map((m) => (
          <li key={m.id}>
            {linked ? <Link href={`/meetings/${m.id}`}>{m.title}</Link> : <strong>{m.title}</strong>} —{' '}
            <DateText iso={m.heldOn} />
            {m.approved > 0 && (
              <span className="timeline-meetings-approved">
                {' '}
                {t('overview.timeline.approved', {
                  count: m.approved,
                  formatted: formatNumber(m.approved, lang),
                })}
                {m.approvedNames.length > 0 && `: ${m.approvedNames.map((o) => o.nameFa).join(t('app.listSeparator'))}`}
                {m.approved > m.approvedNames.length && t('overview.timeline.andMore')}
              </span>
            )}
          </li>
        ))}
      </ul>
      {listed && more > 0 && <p>{t('overview.timeline.moreMeetings', { formatted: formatNumber(more, lang) })}</p>}
    </div>
  );
}
