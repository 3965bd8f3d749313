import { useTranslation } from 'react-i18next';
import { type DataColumn, DataTable } from '../../../components/tables/data-table.tsx';
import type { ProvinceSheetData } from '../../../lib/api/province-queries.ts';
import { formatNumber } from '../../../lib/format.ts';

const METRICS = [
  ['total', 'province.metricTotal'],
  ['formed', 'province.metricFormed'],
  ['active', 'province.metricActive'],
  ['members', 'province.metricMembers'],
] as const;

type Metric = (typeof METRICS)[number];

export function MetricsTable({ metrics }: { metrics: ProvinceSheetData['metrics'] }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const columns: DataColumn<Metric>[] = [
    { key: 'metric', header: t('province.metric'), cell: ([, label]) => t(label), rowHeader: true },
    {
      key: 'value',
      header: t('province.value'),
      cell: ([key]) => n(metrics[key].value),
      numeric: true,
      className: 'strong',
    },
    { key: 'median', header: t('province.median'), cell: ([key]) => n(metrics[key].median), numeric: true },
    { key: 'rank', header: t('province.rank'), cell: ([key]) => n(metrics[key].rank), numeric: true },
  ];
  return (
    <DataTable
      caption={t('province.metrics')}
      columns={columns}
      rows={METRICS}
      rowKey={([key]) => key}
      rowAttributes={([key]) => {
        const m = metrics[key];
        const relation = m.value > m.median ? 'above' : m.value < m.median ? 'below' : 'equal';
        return { 'data-metric': key, 'data-relation': relation };
      }}
      className="metrics-table"
    />
  );
}
