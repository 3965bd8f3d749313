import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { DateText } from '../../components/ui/date-text.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { SourceLine } from '../../components/ui/source-line.tsx';
import { useAuth } from '../../lib/api/auth-queries.ts';
import { meetingQueryOptions } from '../../lib/api/meeting-queries.ts';
import { ApiRequestError } from '../../lib/api/read-answer.ts';
import { formatNumber } from '../../lib/format.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { ApprovedList } from './components/approved-list.tsx';
import { AttendeeTable } from './components/attendee-table.tsx';
import { MeetingAttachments } from './components/meeting-attachments.tsx';
import { MeetingDecisions } from './components/meeting-decisions.tsx';
import { agendaItems } from './meetings-data.ts';

export default function MeetingPage({ id }: { id: number }) {
  // The follow-up and attachment parts use the secretariat's strings: loaded with the page.
  const { t, i18n } = useTranslation(['meetings', 'secretariat', 'admin']);
  const query = useQuery(meetingQueryOptions(id));
  const { isEditor } = useAuth();
  useDocumentTitle(query.data?.meeting.title, t('title'));

  if (query.error instanceof ApiRequestError && query.error.status === 404) {
    return (
      <section className="state">
        <h1>{t('detail.notFound')}</h1>
        <Link href="/meetings">{t('detail.back')}</Link>
      </section>
    );
  }
  return (
    <QueryBoundary query={query}>
      {({ meeting: m, attendees, decisions, approvedOrganizations, attachments }) => {
        const agenda = agendaItems(m.agenda);
        return (
          <article className="detail meeting-detail">
            <Link href="/meetings" className="back-link">
              {t('detail.back')}
            </Link>
            <h1>
              {m.title} {m.source === 'demo' && <span className="demo-badge">{t('demo.badge', { ns: 'common' })}</span>}
            </h1>
            {isEditor && (
              <Link href={`/admin/meetings/${m.id}`} className="button edit-link">
                {t('secretariat:meeting.edit')}
              </Link>
            )}
            <section className="card" aria-labelledby="meeting-details">
              <h2 id="meeting-details" className="card-title">
                {t('detail.details')}
              </h2>
              <dl className="facts">
                <dt>{t('detail.heldOn')}</dt>
                <dd>
                  <DateText iso={m.heldOn} approximate={m.heldOnApproximate} />
                </dd>
                <dt>{t('detail.number')}</dt>
                <dd>{m.number === null ? t('detail.noNumber') : formatNumber(m.number, i18n.language)}</dd>
                {m.location && (
                  <>
                    <dt>{t('detail.location')}</dt>
                    <dd>{m.location}</dd>
                  </>
                )}
              </dl>
              {m.summary && (
                <>
                  <h3 className="meeting-subtitle">{t('detail.summary')}</h3>
                  <p className="meeting-summary" dir="auto">
                    {m.summary}
                  </p>
                </>
              )}
              {agenda.length > 0 && (
                <>
                  <h3 className="meeting-subtitle">{t('detail.agenda')}</h3>
                  <ol className="meeting-agenda">
                    {agenda.map((item) => (
                      <li key={item} dir="auto">
                        {item}
                      </li>
                    ))}
                  </ol>
                </>
              )}
              <footer className="card-footer">
                {m.source === 'article' && m.sourceNote && (
                  <p className="source-note">{t('detail.sourceNote', { note: m.sourceNote })}</p>
                )}
                <SourceLine sources={{ [m.source]: 1 }} />
              </footer>
            </section>
            <AttendeeTable attendees={attendees} />
            <MeetingDecisions decisions={decisions} />
            <MeetingAttachments meetingId={m.id} attachments={attachments} />
            <ApprovedList organizations={approvedOrganizations} />
          </article>
        );
      }}
    </QueryBoundary>
  );
}
