import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type DataColumn, DataTable } from '../../../components/tables/data-table.tsx';
import { DateText } from '../../../components/ui/date-text.tsx';
import type { MeetingsData } from '../../../lib/api/meeting-queries.ts';
import { formatNumber } from '../../../lib/format.ts';

type Meeting = MeetingsData['rows'][number];

/** Newest first, as the API orders them; the title opens the meeting. */
export function MeetingsTable({ rows }: { rows: MeetingsData['rows'] }) {
  const { t, i18n } = useTranslation('meetings');
  const n = (value: number) => formatNumber(value, i18n.language);
  const columns: DataColumn<Meeting>[] = [
    {
      key: 'date',
      header: t('table.date'),
      className: 'meeting-date',
      cell: (m) => (
        <>
          <DateText iso={m.heldOn} />
          {m.heldOnApproximate && (
            <span className="approx-mark" title={t('approximateHint')}>
              {t('approximate')}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'number',
      header: t('table.number'),
      numeric: true,
      cell: (m) => (m.number === null ? t('noNumber') : n(m.number)),
    },
    {
      key: 'title',
      header: t('table.title'),
      rowHeader: true,
      cell: (m) => (
        <>
          <Link href={`/meetings/${m.id}`}>{m.title}</Link>
          {m.source === 'demo' && (
            <span className="demo-mark" title={t('demo.badge', { ns: 'common' })}>
              <span className="visually-hidden">{t('demo.badge', { ns: 'common' })}</span>
            </span>
          )}
        </>
      ),
    },
    { key: 'attendees', header: t('table.attendees'), numeric: true, cell: (m) => n(m.attendeeCount) },
    {
      key: 'decisions',
      header: t('table.decisions'),
      numeric: true,
      cell: (m) => (
        <>
          {n(m.decisionCount)}
          {m.openDecisionCount > 0 && (
            <span className="open-count">{t('table.open', { n: n(m.openDecisionCount) })}</span>
          )}
        </>
      ),
    },
    { key: 'approved', header: t('table.approved'), numeric: true, cell: (m) => n(m.approvedCount) },
  ];
  return (
    <DataTable
      caption={t('title')}
      columns={columns}
      rows={rows}
      rowKey={(m) => m.id}
      rowAttributes={(m) => ({ 'data-id': m.id })}
      className="meetings-table"
    />
  );
}
