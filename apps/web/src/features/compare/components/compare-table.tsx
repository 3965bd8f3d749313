import { useTranslation } from 'react-i18next';
import type { DataColumn } from '../../../components/tables/data-table.tsx';
import { type YearRow as Row, YearTable } from '../../../components/tables/year-table.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { MEDIAN_KEY } from '../compare-data.ts';

interface Props {
  data: Row[];
  lines: { key: string; label: string; total: number; population: number; perMillion: number }[];
  caption: string;
}

/** Years down, provinces across, the median last; totals and census figures in the footer. */
export function CompareTable({ data, lines, caption }: Props) {
  const { t, i18n } = useTranslation('compare');
  const lang = i18n.language;
  const n = (v: number) => formatNumber(v, lang);
  const columns: DataColumn<Row>[] = [
    ...lines.map(
      (l): DataColumn<Row> => ({
        key: l.key,
        header: l.label,
        cell: (d) => n(d[l.key] ?? 0),
        numeric: true,
        dataCol: l.key,
      }),
    ),
    { key: MEDIAN_KEY, header: t('median'), cell: (d) => n(d[MEDIAN_KEY] ?? 0), numeric: true },
  ];
  const foot = (['total', 'population', 'perMillion'] as const).map((key) => (
    <tr key={key} data-row={key}>
      <th scope="row">{t(`row.${key}`)}</th>
      {lines.map((l) => (
        <td className="num" key={l.key}>
          {n(l[key])}
        </td>
      ))}
      <td />
    </tr>
  ));
  return (
    <YearTable
      caption={caption}
      yearLabel={t('year')}
      columns={columns}
      rows={data}
      className="compare-table"
      foot={foot}
    />
  );
}
