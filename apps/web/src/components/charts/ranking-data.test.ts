import { describe, expect, it } from 'vitest';
import { provinceCountRows, rankRows, summarizeRows, withoutProvince } from './ranking-data.ts';

const rows = provinceCountRows([
  { province: 'IR-23', nameFa: 'تهران', nameEn: 'Tehran', count: 3, demo: 3 },
  { province: 'IR-03', nameFa: 'آذربایجان شرقی', nameEn: 'East Azerbaijan', count: 5, demo: 5 },
  { province: 'IR-08', nameFa: 'کرمان', nameEn: 'Kerman', count: 3, demo: 0 },
  { province: 'IR-16', nameFa: 'ایلام', nameEn: 'Ilam', count: 0, demo: 0 },
]);

describe('rankRows', () => {
  it('ranks by count, ties by name in the UI language', () => {
    expect(rankRows(rows, 'fa').map((r) => [r.rank, r.key, r.name])).toEqual([
      [1, 'IR-03', 'آذربایجان شرقی'],
      [2, 'IR-23', 'تهران'],
      [3, 'IR-08', 'کرمان'],
      [4, 'IR-16', 'ایلام'],
    ]);
    expect(rankRows(rows, 'en').map((r) => r.name)).toEqual(['East Azerbaijan', 'Kerman', 'Tehran', 'Ilam']);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(rows);
    rankRows(rows, 'fa');
    expect(rows).toEqual(copy);
  });
});

describe('summarizeRows', () => {
  it.each([
    [rows, { total: 11, covered: 3, without: 1 }],
    [[], { total: 0, covered: 0, without: 0 }],
  ])('%#', (input, expected) => {
    expect(summarizeRows(input)).toEqual(expected);
  });
});

describe('withoutProvince', () => {
  it.each([
    [2828, 2626, 202],
    [15, 15, 0],
    // A ranking fetched under newer data than the KPI never shows a negative count.
    [10, 12, 0],
  ])('%i formed, %i ranked -> %i', (formed, ranked, expected) => {
    expect(withoutProvince(formed, ranked)).toBe(expected);
  });
});
