// The one markup every table of figures uses: a caption for screen readers (the card's heading
// already shows it), column headers with scope="col", each row named by one scope="row" header
// cell, numbers in `num` cells (tabular digits, so figures line up), and a scroll box so a wide
// table scrolls inside its card instead of widening the page.
import type { HTMLAttributes, ReactNode } from 'react';

export interface DataColumn<Row> {
  /** The column's React key. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell that names its row: a header cell with scope="row". */
  rowHeader?: boolean;
  /** A figure: the cell gets the `num` class. */
  numeric?: boolean;
  /** More classes on the column's cells. */
  className?: string;
  /** The cells' data-col, for tests and print rules that pick one column. */
  dataCol?: string;
}

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & {
  [attribute: `data-${string}`]: string | number | boolean | undefined;
};

interface DataTableProps<Row> {
  caption: string;
  columns: DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** Attributes of a row's <tr>: data-key for tests and links, a state class. */
  rowAttributes?: (row: Row) => RowAttributes;
  /** More classes on the <table>, beside data-table. */
  className?: string;
  /** Rows for a <tfoot> (totals and the like), drawn by the caller. */
  foot?: ReactNode;
}

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowAttributes,
  className,
  foot,
}: DataTableProps<Row>) {
  return (
    <div className="table-scroll">
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.key}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowAttributes?.(row)}>
              {columns.map((column) => (
                <DataCell key={column.key} column={column} row={row} />
              ))}
            </tr>
          ))}
        </tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}

function DataCell<Row>({ column, row }: { column: DataColumn<Row>; row: Row }) {
  const className = [column.numeric && 'num', column.className].filter(Boolean).join(' ') || undefined;
  const content = column.cell(row);
  return column.rowHeader ? (
    <th scope="row" className={className} data-col={column.dataCol}>
      {content}
    </th>
  ) : (
    <td className={className} data-col={column.dataCol}>
      {content}
    </td>
  );
}
