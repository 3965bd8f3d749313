import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NATIONAL_POPULATION_1395, POPULATION_1395, perMillion, populationOf } from './census.ts';
import { PROVINCE_CODES } from './provinces.ts';

const csv = readFileSync(new URL('../data/province-population-1395.csv', import.meta.url), 'utf8');

describe('1395 census populations', () => {
  it('equal the committed CSV, row for row', () => {
    const rows = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    expect(Object.fromEntries(rows.map(([code, , n]) => [code, Number(n)]))).toEqual(POPULATION_1395);
  });

  it('cover the 31 provinces and add up to the published total', () => {
    expect(Object.keys(POPULATION_1395).sort()).toEqual([...PROVINCE_CODES]);
    const sum = PROVINCE_CODES.reduce((s, code) => s + populationOf(code), 0);
    expect(sum).toBe(NATIONAL_POPULATION_1395);
    expect(sum).toBe(79_926_270);
  });
});

describe('perMillion', () => {
  it.each([
    [0, 1_000_000, 0],
    [13, 13_267_637, 0.98],
    [5, 580_158, 8.62],
    [3, 0, 0],
  ])('%i per %i people is %f per million', (count, population, expected) => {
    expect(perMillion(count, population)).toBe(expected);
  });
});
