import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { type DataColumn, DataTable } from '../tables/data-table.tsx';
import type { RankedRow } from './ranking-data.ts';

/** The exact numbers behind a ranking chart; rows carry data-key for tests and links. */
export function RankingTable({
  rows,
  caption,
  nameLabel,
  valueLabel,
}: {
  rows: RankedRow[];
  caption: string;
  nameLabel: string;
  /** The value column's header when it holds something other than a count (per million). */
  valueLabel?: string;
}) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const columns: DataColumn<RankedRow>[] = [
    { key: 'rank', header: t('table.rank'), cell: (r) => n(r.rank) },
    { key: 'name', header: nameLabel, cell: (r) => r.name, rowHeader: true },
    { key: 'count', header: valueLabel ?? t('table.count'), cell: (r) => n(r.count), numeric: true, dataCol: 'count' },
    { key: 'demo', header: t('table.demo'), cell: (r) => n(r.demo), numeric: true },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      rowAttributes={(r) => ({ 'data-key': r.key, className: r.count === 0 ? 'is-zero' : undefined })}
    />
  );
}
