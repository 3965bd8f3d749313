import { describe, expect, it } from 'vitest';
import { rankProvinces, summarizeProvinces } from './by-province-data.ts';

const rows = [
  { province: 'IR-23', nameFa: 'تهران', nameEn: 'Tehran', count: 3, demo: 3 },
  { province: 'IR-03', nameFa: 'آذربایجان شرقی', nameEn: 'East Azerbaijan', count: 5, demo: 5 },
  { province: 'IR-08', nameFa: 'کرمان', nameEn: 'Kerman', count: 3, demo: 0 },
  { province: 'IR-16', nameFa: 'ایلام', nameEn: 'Ilam', count: 0, demo: 0 },
];

describe('rankProvinces', () => {
  it('ranks by count, ties by name in the UI language', () => {
    expect(rankProvinces(rows, 'fa').map((r) => [r.rank, r.name])).toEqual([
      [1, 'آذربایجان شرقی'],
      [2, 'تهران'],
      [3, 'کرمان'],
      [4, 'ایلام'],
    ]);
    expect(rankProvinces(rows, 'en').map((r) => r.name)).toEqual(['East Azerbaijan', 'Kerman', 'Tehran', 'Ilam']);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(rows);
    rankProvinces(rows, 'fa');
    expect(rows).toEqual(copy);
  });
});

describe('summarizeProvinces', () => {
  it.each([
    [rows, { total: 11, covered: 3, without: 1 }],
    [[], { total: 0, covered: 0, without: 0 }],
  ])('%#', (input, expected) => {
    expect(summarizeProvinces(input)).toEqual(expected);
  });
});
