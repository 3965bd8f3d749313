import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/status.tsx';
import type { MeetingData } from '../../../lib/api/meeting-queries.ts';

/** Who sat at the table, in the order the record lists them; a new member is marked in words. */
export function AttendeeTable({ attendees }: { attendees: MeetingData['attendees'] }) {
  const { t } = useTranslation('meetings');
  return (
    <section className="card" aria-labelledby="meeting-attendees">
      <h2 id="meeting-attendees" className="card-title">
        {t('detail.attendees')}
      </h2>
      {attendees.length === 0 ? (
        <EmptyState message={t('detail.noAttendees')} />
      ) : (
        <div className="table-scroll">
          <table className="data-table attendee-table">
            <caption className="visually-hidden">{t('detail.attendees')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('detail.name')}</th>
                <th scope="col">{t('detail.role')}</th>
                <th scope="col">{t('detail.organization')}</th>
              </tr>
            </thead>
            <tbody>
              {attendees.map((a) => (
                <tr key={a.id} data-new-member={a.isNewMember || undefined}>
                  <th scope="row">
                    {a.name}
                    {a.isNewMember && <span className="new-member">{t('detail.newMember')}</span>}
                  </th>
                  <td>{a.role}</td>
                  <td>{a.organization}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
