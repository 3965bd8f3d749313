import { useTranslation } from 'react-i18next';
import { formatNumber, formatYear } from '../../../lib/format.ts';
import { MEDIAN_KEY } from '../compare-data.ts';

interface Props {
  data: Record<string, number>[];
  lines: { key: string; label: string; total: number; population: number; perMillion: number }[];
  caption: string;
}

/** Years down, provinces across, the median last; totals and census figures in the footer. */
export function CompareTable({ data, lines, caption }: Props) {
  const { t, i18n } = useTranslation('compare');
  const lang = i18n.language;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <div className="table-scroll">
      <table className="data-table compare-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            {lines.map((l) => (
              <th scope="col" key={l.key}>
                {l.label}
              </th>
            ))}
            <th scope="col">{t('median')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.year} data-key={d.year}>
              <th scope="row">{formatYear(d.year ?? 0, lang)}</th>
              {lines.map((l) => (
                <td className="num" key={l.key} data-col={l.key}>
                  {n(d[l.key] ?? 0)}
                </td>
              ))}
              <td className="num">{n(d[MEDIAN_KEY] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {(['total', 'population', 'perMillion'] as const).map((key) => (
            <tr key={key} data-row={key}>
              <th scope="row">{t(`row.${key}`)}</th>
              {lines.map((l) => (
                <td className="num" key={l.key}>
                  {n(l[key])}
                </td>
              ))}
              <td />
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}
