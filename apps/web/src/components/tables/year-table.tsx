// A table with a row per year (the timeline, a comparison): each row is named by its year and
// carries it as data-key, for tests and for the chart it stands beside.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYear } from '../../lib/format.ts';
import { type DataColumn, DataTable } from './data-table.tsx';

/** A year's figures by field (`year` itself among them), as the charts take them. */
export type YearRow = Record<string, number>;

interface YearTableProps {
  caption: string;
  /** The year column's header. */
  yearLabel: string;
  /** The columns after the year. */
  columns: DataColumn<YearRow>[];
  rows: YearRow[];
  className?: string;
  foot?: ReactNode;
}

export function YearTable({ caption, yearLabel, columns, rows, className, foot }: YearTableProps) {
  const { i18n } = useTranslation();
  const year: DataColumn<YearRow> = {
    key: 'year',
    header: yearLabel,
    cell: (d) => formatYear(d.year ?? 0, i18n.language),
    rowHeader: true,
  };
  return (
    <DataTable
      caption={caption}
      columns={[year, ...columns]}
      rows={rows}
      rowKey={(d) => d.year ?? 0}
      rowAttributes={(d) => ({ 'data-key': d.year })}
      className={className}
      foot={foot}
    />
  );
}
