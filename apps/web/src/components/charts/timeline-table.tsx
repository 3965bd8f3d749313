import type { StatsFilter } from '@hamgen/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatNumber, formatYear } from '../../lib/format.ts';
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
  data: Record<string, number>[];
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
  const stacked = series[0]?.key !== 'count';
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.year')}</th>
            {stacked &&
              series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.label}
                </th>
              ))}
            <th scope="col">{stacked ? t('table.total') : t('table.count')}</th>
            {meetings && <th scope="col">{t('overview.timeline.meetingsColumn')}</th>}
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.year} data-key={d.year}>
              <th scope="row">{formatYear(d.year ?? 0, lang)}</th>
              {stacked &&
                series.map((s) => (
                  <td className="num" key={s.key}>
                    {formatNumber(d[s.key] ?? 0, lang)}
                  </td>
                ))}
              <td className="num" data-col="count">
                {formatNumber(d.count ?? 0, lang)}
              </td>
              {meetings && (
                <td data-col="meetings">
                  <MeetingLinks year={meetingsOfYear(meetings, d.year ?? 0)} lang={lang} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MeetingLinks({ year, lang }: { year: MeetingYearLike | undefined; lang: string }) {
  if (!year || year.count === 0) return <span className="num">{formatNumber(0, lang)}</span>;
  return (
    <>
      <span className="num">{formatNumber(year.count, lang)}</span>
      {': '}
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
