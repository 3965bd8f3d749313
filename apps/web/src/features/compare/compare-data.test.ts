import { perMillion, populationOf, provinceByCode } from '@hamgen/shared';
import { describe, expect, it } from 'vitest';
import {
  type ComparedLike,
  compareChartData,
  compareExportRows,
  parseSelection,
  toggleProvince,
} from './compare-data.ts';

/** Counts for 1399 and 1400, the two years every fixture covers. */
const series = (counts: [number, number]) => counts.map((count, i) => ({ year: 1399 + i, count }));

/** A province as the compare answer carries it: its names, census population and per-million
 * figure follow from its code and counts, derived the way the API derives them. */
function compared(code: string, counts: [number, number]): ComparedLike {
  const province = provinceByCode(code);
  if (!province) throw new Error(`no province ${code}`);
  const total = counts[0] + counts[1];
  const population = populationOf(code);
  const { nameFa, nameEn } = province;
  return {
    province: code,
    nameFa,
    nameEn,
    series: series(counts),
    total,
    population,
    perMillion: perMillion(total, population),
  };
}

const east = compared('IR-03', [3, 1]);
const tehran = compared('IR-23', [0, 5]);
const median = series([0, 2]);

describe('parseSelection', () => {
  it.each([
    ['', [], false],
    ['?provinces=IR-03,IR-23', ['IR-03', 'IR-23'], false],
    ['?provinces=ir-03,%20IR-23', ['IR-03', 'IR-23'], false],
    ['?provinces=IR-03,IR-03', [], true],
    ['?provinces=IR-03,IR-99', [], true],
    ['?provinces=IR-00,IR-01,IR-02,IR-03,IR-04', [], true],
  ])('%s', (search, codes, invalid) => {
    expect(parseSelection(search)).toEqual({ codes, invalid });
  });
});

describe('toggleProvince', () => {
  it('adds, removes and refuses a fifth', () => {
    expect(toggleProvince(['IR-03'], 'IR-23')).toEqual(['IR-03', 'IR-23']);
    expect(toggleProvince(['IR-03', 'IR-23'], 'IR-03')).toEqual(['IR-23']);
    expect(toggleProvince(['IR-00', 'IR-01', 'IR-02', 'IR-03'], 'IR-04')).toEqual(['IR-00', 'IR-01', 'IR-02', 'IR-03']);
  });
});

describe('compareChartData', () => {
  it('gives one datum per year with every province and the median', () => {
    expect(compareChartData([east, tehran], median)).toEqual([
      { year: 1399, median: 0, 'IR-03': 3, 'IR-23': 0 },
      { year: 1400, median: 2, 'IR-03': 1, 'IR-23': 5 },
    ]);
  });
});

describe('compareExportRows', () => {
  it('ends with totals, the census population and per-million rows', () => {
    const labels = {
      year: 'سال',
      median: 'میانه',
      total: 'جمع',
      population: 'جمعیت (سرشماری)',
      perMillion: 'در میلیون',
    };
    const { columns, rows } = compareExportRows([east, tehran], median, (p) => p.nameFa, labels);
    expect(columns.map((c) => c.header)).toEqual(['سال', 'آذربایجان شرقی', 'تهران', 'میانه']);
    expect(rows).toEqual([
      ['1399', 3, 0, 0],
      ['1400', 1, 5, 2],
      ['جمع', 4, 5, null],
      ['جمعیت (سرشماری)', 3_909_652, 13_267_637, null],
      ['در میلیون', 1.02, 0.38, null],
    ]);
  });
});
