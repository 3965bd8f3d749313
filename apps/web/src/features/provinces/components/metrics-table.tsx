import { useTranslation } from 'react-i18next';
import type { ProvinceSheetData } from '../../../lib/api/province-queries.ts';
import { formatNumber } from '../../../lib/format.ts';

const METRICS = [
  ['total', 'province.metricTotal'],
  ['formed', 'province.metricFormed'],
  ['active', 'province.metricActive'],
  ['members', 'province.metricMembers'],
] as const;

export function MetricsTable({ metrics }: { metrics: ProvinceSheetData['metrics'] }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <div className="table-scroll">
      <table className="data-table metrics-table">
        <caption className="visually-hidden">{t('province.metrics')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('province.metric')}</th>
            <th scope="col">{t('province.value')}</th>
            <th scope="col">{t('province.median')}</th>
            <th scope="col">{t('province.rank')}</th>
          </tr>
        </thead>
        <tbody>
          {METRICS.map(([key, label]) => {
            const m = metrics[key];
            const relation = m.value > m.median ? 'above' : m.value < m.median ? 'below' : 'equal';
            return (
              <tr key={key} data-metric={key} data-relation={relation}>
                <th scope="row">{t(label)}</th>
                <td className="num strong">{n(m.value)}</td>
                <td className="num">{n(m.median)}</td>
                <td className="num">{n(m.rank)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
