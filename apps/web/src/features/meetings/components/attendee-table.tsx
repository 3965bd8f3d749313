import { useTranslation } from 'react-i18next';
import { type DataColumn, DataTable } from '../../../components/tables/data-table.tsx';
import { EmptyState } from '../../../components/ui/status.tsx';
import type { MeetingData } from '../../../lib/api/meeting-queries.ts';

type Attendee = MeetingData['attendees'][number];

/** Who sat at the table, in the order the record lists them; a new member is marked in words. */
export function AttendeeTable({ attendees }: { attendees: MeetingData['attendees'] }) {
  const { t } = useTranslation('meetings');
  const columns: DataColumn<Attendee>[] = [
    {
      key: 'name',
      header: t('detail.name'),
      cell: (a) => (
        <>
          {a.name}
          {a.isNewMember && <span className="new-member">{t('detail.newMember')}</span>}
        </>
      ),
      rowHeader: true,
    },
    { key: 'role', header: t('detail.role'), cell: (a) => a.role },
    { key: 'organization', header: t('detail.organization'), cell: (a) => a.organization },
  ];
  return (
    <section className="card" aria-labelledby="meeting-attendees">
      <h2 id="meeting-attendees" className="card-title">
        {t('detail.attendees')}
      </h2>
      {attendees.length === 0 ? (
        <EmptyState message={t('detail.noAttendees')} />
      ) : (
        <DataTable
          caption={t('detail.attendees')}
          columns={columns}
          rows={attendees}
          rowKey={(a) => a.id}
          rowAttributes={(a) => ({ 'data-new-member': a.isNewMember || undefined })}
          className="attendee-table"
        />
      )}
    </section>
  );
}
