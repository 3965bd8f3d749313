import type { StatsFilter } from '@hamgen/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatNumber } from '../../lib/format.ts';
import type { DataColumn } from '../tables/data-table.tsx';
import { type YearRow as Row, YearTable } from '../tables/year-table.tsx';
import { DateText } from '../ui/date-text.tsx';
import type { TimelineSeries } from './timeline-data.ts';
import { type MeetingYearLike, meetingsOfYear, useMeetingYears } from './timeline-meetings.ts';

export function TimelineTable({
  data,
  series,
  meetings: counts,
  filter,
  caption,
}: {
  data: Row[];
  series: TimelineSeries[];
  /** The commission's meetings per year: a column with their count and links. */
  meetings?: MeetingYearLike[];
  /** The card's filter: the table asks for the meetings' names when it is shown. */
  filter: StatsFilter;
  caption: string;
}) {
  const named = useMeetingYears(filter, counts ?? [], counts !== undefined);
  const meetings = counts && named;
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (v: number) => formatNumber(v, lang);
  const stacked = series[0]?.key !== 'count';
  const columns: DataColumn<Row>[] = [
    ...(stacked
      ? series.map(
          (s): DataColumn<Row> => ({ key: s.key, header: s.label, cell: (d) => n(d[s.key] ?? 0), numeric: true }),
        )
      : []),
    {
      key: 'count',
      header: stacked ? t('table.total') : t('table.count'),
      cell: (d) => n(d.count ?? 0),
      numeric: true,
      dataCol: 'count',
    },
  ];
  if (meetings) {
    columns.push({
      key: 'meetings',
      header: t('overview.timeline.meetingsColumn'),
      cell: (d) => <MeetingLinks year={meetingsOfYear(meetings, d.year ?? 0)} lang={lang} />,
      dataCol: 'meetings',
    });
  }
  return <YearTable caption={caption} yearLabel={t('table.year')} columns={columns} rows={data} />;
}

function MeetingLinks({ year, lang }: { year: MeetingYearLike | undefined; lang: string }) {
  if (!year || year.count === 0) return <span className="num">{formatNumber(0, lang)}</span>;
  return (
    <>
      <span className="num">{formatNumber(year.count, lang)}</span>
      {year.meetings && ': '}
      {year.meetings?.map((m, i) => (
        <span key={m.id}>
          {i > 0 && '، '}
          <Link href={`/meetings/${m.id}`} title={m.title}>
            <DateText iso={m.heldOn} />
          </Link>
        </span>
      ))}
    </>
  );
}
