import { useTranslation } from 'react-i18next';
import { type DataColumn, DataTable } from '../../../components/tables/data-table.tsx';
import { formatNumber } from '../../../lib/format.ts';
import type { StatusRow } from '../decisions-data.ts';

export function StatusTable({ rows }: { rows: StatusRow[] }) {
  const { t, i18n } = useTranslation('decisions');
  const n = (v: number) => formatNumber(v, i18n.language);
  const columns: DataColumn<StatusRow>[] = [
    { key: 'status', header: t('chart.status'), cell: (r) => r.label, rowHeader: true },
    { key: 'count', header: t('chart.count'), cell: (r) => n(r.count), numeric: true },
    {
      key: 'percent',
      header: t('chart.percent'),
      cell: (r) => t('chart.percentValue', { n: n(r.percent) }),
      numeric: true,
    },
  ];
  return (
    <DataTable
      caption={t('chart.title')}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.status}
      rowAttributes={(r) => ({ 'data-key': r.status, className: r.count === 0 ? 'is-zero' : undefined })}
    />
  );
}
