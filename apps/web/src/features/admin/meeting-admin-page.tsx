// After a meeting is recorded: its decisions, each with a status change. Editors only.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { QueryBoundary } from '../../components/cards/query-boundary.tsx';
import { DateText } from '../../components/ui/date-text.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { adminMeetingQueryOptions } from './api/admin-queries.ts';
import { DecisionStatusForm } from './components/decision-status-form.tsx';
import { RequireRole } from './components/require-role.tsx';

function MeetingDecisions({ id }: { id: number }) {
  const { t, i18n } = useTranslation('admin');
  const created = new URLSearchParams(useSearch()).has('created');
  const query = useQuery(adminMeetingQueryOptions(id));
  return (
    <QueryBoundary query={query}>
      {({ meeting, decisions }) => (
        <>
          <h1>
            {meeting.title} — <DateText iso={meeting.heldOn} approximate={meeting.heldOnApproximate} />
          </h1>
          {created && (
            <output className="form-success">
              {t('meetingAdmin.created', { n: formatNumber(decisions.length, i18n.language) })}
            </output>
          )}
          <p>
            <Link href={`/meetings/${meeting.id}`}>{t('meetingAdmin.publicPage')}</Link>
          </p>
          <section className="card">
            <h2 className="card-title">{t('meetingAdmin.decisions')}</h2>
            {decisions.length === 0 ? (
              <EmptyState message={t('meetingAdmin.noDecisions')} />
            ) : (
              <ol className="admin-decisions">
                {decisions.map((d) => {
                  const n = formatNumber(d.seq, i18n.language);
                  return (
                    <li key={`${d.id}-${d.version}`}>
                      <p className="decision-text">{d.text}</p>
                      <p className="decision-meta">
                        {t('meetingAdmin.currentStatus')}: {t(`common:decisionStatus.${d.status}`)}
                      </p>
                      <DecisionStatusForm
                        decision={d}
                        label={t('status.formLabel', { n })}
                        onReload={() => query.refetch()}
                      />
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        </>
      )}
    </QueryBoundary>
  );
}

export default function MeetingAdminPage({ id }: { id: number }) {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('meeting.decisions'));
  return (
    <section className="admin-page">
      <Link href="/admin" className="back-link">
        {t('back')}
      </Link>
      <RequireRole need="editor">
        <MeetingDecisions id={id} />
      </RequireRole>
    </section>
  );
}
