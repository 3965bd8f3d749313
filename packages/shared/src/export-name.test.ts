import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-name.ts';

describe('exportFileName', () => {
  it.each([
    [{ dataset: 'by-province', format: 'csv' }, 'hamgen-by-province-all-years.csv'],
    [
      { dataset: 'by-province', filter: { from: 1399, to: 1399, sector: 'textiles' }, variant: 'view', format: 'csv' },
      'hamgen-by-province-1399-textiles-view.csv',
    ],
    [
      {
        dataset: 'by-province',
        filter: { from: '1399', to: '1399', sector: 'textiles' },
        variant: 'all',
        format: 'csv',
      },
      'hamgen-by-province-1399-textiles-all.csv',
    ],
    [
      {
        dataset: 'timeline',
        filter: { from: 1390, province: 'IR-03', kind: 'national_association', stack: 'sector' },
        format: 'png',
      },
      'hamgen-timeline-from-1390-ir-03-national-association-sector.png',
    ],
    [
      { dataset: 'decisions', filter: { overdue: 'true', status: 'open' }, variant: 'all', format: 'xlsx' },
      'hamgen-decisions-all-years-open-overdue-all.xlsx',
    ],
  ])('%o -> %s', (parts, expected) => {
    expect(exportFileName(parts)).toBe(expected);
  });

  it('tells two searches apart in ASCII', () => {
    const a = exportFileName({ dataset: 'associations', filter: { q: 'نساجی' }, format: 'csv' });
    const b = exportFileName({ dataset: 'associations', filter: { q: 'فرش' }, format: 'csv' });
    expect(a).toMatch(/^hamgen-associations-all-years-q-[0-9a-f]{8}\.csv$/);
    expect(a).not.toBe(b);
  });

  it('gives every filter change a different name', () => {
    const names = [{}, { from: 1399, to: 1399 }, { sector: 'food' }, { sector: 'textiles' }, { province: 'IR-03' }].map(
      (filter) => exportFileName({ dataset: 'by-sector', filter, variant: 'view', format: 'csv' }),
    );
    expect(new Set(names).size).toBe(names.length);
  });
});
