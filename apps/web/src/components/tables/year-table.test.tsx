import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n.ts';
import { YearTable } from './year-table.tsx';

const rows = [
  { year: 1399, count: 3 },
  { year: 1400, count: 0 },
];
const columns = [
  { key: 'count', header: 'تعداد', cell: (d: Record<string, number>) => String(d.count), numeric: true },
];

afterEach(async () => {
  cleanup();
  await act(() => i18n.changeLanguage('fa'));
});

describe('YearTable', () => {
  it('names each row by its year, in the reading language, before the given columns', async () => {
    render(<YearTable caption="سال‌ها" yearLabel="سال" columns={columns} rows={rows} />);
    const table = screen.getByRole('table', { name: 'سال‌ها' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['سال', 'تعداد']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['۱۳۹۹', '۱۴۰۰']);
    cleanup();
    await act(() => i18n.changeLanguage('en'));
    render(<YearTable caption="Years" yearLabel="Year" columns={columns} rows={rows} />);
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['1399', '1400']);
  });

  it('keys each row by its year in data-key', () => {
    const { container } = render(<YearTable caption="c" yearLabel="y" columns={columns} rows={rows} />);
    expect([...container.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-key'))).toEqual([
      '1399',
      '1400',
    ]);
  });
});
