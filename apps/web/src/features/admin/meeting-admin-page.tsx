// Correcting a recorded meeting (editors only): its fields and roster, each decision's words,
// status and deletion, and new decisions. Reached from «ویرایش» on the meeting's public page.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { DateText } from '../../components/ui/date-text.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { meetingQueryOptions } from '../../lib/api/meeting-queries.ts';
import { formatNumber } from '../../lib/format.ts';
import { AdminPageShell } from './components/admin-page-shell.tsx';
import { DecisionEdit } from './components/decision-edit.tsx';
import { MeetingEditFormCard } from './components/meeting-edit-form.tsx';
import { NewDecisionForm } from './components/new-decision-form.tsx';
import './secretariat-admin.css';

function MeetingEditor({ id }: { id: number }) {
  const { t, i18n } = useTranslation('admin');
  const created = new URLSearchParams(useSearch()).has('created');
  const query = useQuery(meetingQueryOptions(id));
  return (
    <QueryBoundary query={query}>
      {(data) => {
        const { meeting, decisions } = data;
        const next = Math.max(0, ...decisions.map((d) => d.seq)) + 1;
        return (
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
            {/* Keyed by meeting: another meeting's page starts its form afresh. */}
            <MeetingEditFormCard key={meeting.id} data={data} />
            <section className="card">
              <h2 className="card-title">{t('meetingAdmin.decisions')}</h2>
              {decisions.length === 0 ? (
                <EmptyState message={t('meetingAdmin.noDecisions')} />
              ) : (
                <ol className="admin-decisions">
                  {decisions.map((d) => (
                    <DecisionEdit key={d.id} decision={d} />
                  ))}
                </ol>
              )}
              <NewDecisionForm meetingId={meeting.id} next={next} />
            </section>
          </>
        );
      }}
    </QueryBoundary>
  );
}

export default function MeetingAdminPage({ id }: { id: number }) {
  const { t } = useTranslation('admin');
  return (
    <AdminPageShell
      title={t('meeting.decisions')}
      heading={null}
      need="editor"
      back={{ href: `/meetings/${id}`, label: t('meetingAdmin.back') }}
    >
      <MeetingEditor id={id} />
    </AdminPageShell>
  );
}
