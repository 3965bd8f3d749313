import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import type { StatusRow } from '../decisions-data.ts';

export function StatusTable({ rows }: { rows: StatusRow[] }) {
  const { t, i18n } = useTranslation('decisions');
  const lang = i18n.language;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('chart.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.status')}</th>
            <th scope="col">{t('chart.count')}</th>
            <th scope="col">{t('chart.percent')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.status} data-key={r.status} className={r.count === 0 ? 'is-zero' : undefined}>
              <th scope="row">{r.label}</th>
              <td className="num">{formatNumber(r.count, lang)}</td>
              <td className="num">{t('chart.percentValue', { n: formatNumber(r.percent, lang) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
