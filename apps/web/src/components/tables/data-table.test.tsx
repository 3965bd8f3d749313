import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type DataColumn, DataTable } from './data-table.tsx';

interface Row {
  code: string;
  name: string;
  count: number;
}

const rows: Row[] = [
  { code: 'IR-03', name: 'East Azerbaijan', count: 3 },
  { code: 'IR-23', name: 'Tehran', count: 0 },
];
const columns: DataColumn<Row>[] = [
  { key: 'name', header: 'Province', cell: (r) => r.name, rowHeader: true },
  { key: 'code', header: 'Code', cell: (r) => r.code, className: 'code' },
  { key: 'count', header: 'Count', cell: (r) => String(r.count), numeric: true, dataCol: 'count' },
];

afterEach(cleanup);

describe('DataTable', () => {
  it('names the table by its caption and its columns and rows by header cells', () => {
    render(<DataTable caption="Associations by province" columns={columns} rows={rows} rowKey={(r) => r.code} />);
    const table = screen.getByRole('table', { name: 'Associations by province' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Province', 'Code', 'Count']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['East Azerbaijan', 'Tehran']);
    for (const th of table.querySelectorAll('thead th')) expect(th.getAttribute('scope')).toBe('col');
    for (const th of table.querySelectorAll('tbody th')) expect(th.getAttribute('scope')).toBe('row');
  });

  it('marks figures as num cells and passes a column its classes and data-col', () => {
    const { container } = render(<DataTable caption="c" columns={columns} rows={rows} rowKey={(r) => r.code} />);
    const first = container.querySelector('tbody tr');
    expect(first?.querySelector('[data-col="count"]')?.outerHTML).toBe('<td class="num" data-col="count">3</td>');
    expect(first?.querySelector('.code')?.outerHTML).toBe('<td class="code">IR-03</td>');
    expect(container.querySelector('table')?.className).toBe('data-table');
    expect(container.querySelector('tfoot')).toBeNull();
  });

  it('puts the caller’s row attributes, table class and footer in place', () => {
    const { container } = render(
      <DataTable
        caption="c"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        rowAttributes={(r) => ({ 'data-key': r.code, className: r.count === 0 ? 'is-zero' : undefined })}
        className="compare-table"
        foot={
          <tr>
            <th scope="row">Total</th>
          </tr>
        }
      />,
    );
    expect(container.querySelector('table')?.className).toBe('data-table compare-table');
    const body = [...container.querySelectorAll('tbody tr')];
    expect(body.map((tr) => tr.getAttribute('data-key'))).toEqual(['IR-03', 'IR-23']);
    expect(body.map((tr) => tr.className)).toEqual(['', 'is-zero']);
    expect(container.querySelector('tfoot th')?.textContent).toBe('Total');
  });
});
