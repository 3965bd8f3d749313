import { useTranslation } from 'react-i18next';
import { formatNumber, formatYear } from '../../lib/format.ts';
import type { TimelineSeries } from './timeline-data.ts';

export function TimelineTable({
  data,
  series,
  caption,
}: {
  data: Record<string, number>[];
  series: TimelineSeries[];
  caption: string;
}) {
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
