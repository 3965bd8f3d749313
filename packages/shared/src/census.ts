// Population of each province in the 1395 (2016) National Population and Housing Census,
// Statistical Centre of Iran, general results: facts (source = census), not demo data. The same
// table is committed as data/province-population-1395.csv with its provenance; a test keeps the two equal.

export const POPULATION_1395: Readonly<Record<string, number>> = {
  'IR-00': 1_429_475,
  'IR-01': 2_530_696,
  'IR-02': 3_283_582,
  'IR-03': 3_909_652,
  'IR-04': 3_265_219,
  'IR-05': 1_952_434,
  'IR-06': 4_710_509,
  'IR-07': 4_851_274,
  'IR-08': 3_164_718,
  'IR-09': 6_434_501,
  'IR-10': 5_120_850,
  'IR-11': 2_775_014,
  'IR-12': 1_603_011,
  'IR-13': 1_738_234,
  'IR-14': 947_763,
  'IR-15': 1_760_649,
  'IR-16': 580_158,
  'IR-17': 713_052,
  'IR-18': 1_163_400,
  'IR-19': 1_057_461,
  'IR-20': 702_360,
  'IR-21': 1_138_533,
  'IR-22': 1_776_415,
  'IR-23': 13_267_637,
  'IR-24': 1_270_420,
  'IR-25': 1_292_283,
  'IR-26': 1_273_761,
  'IR-27': 1_868_819,
  'IR-28': 863_092,
  'IR-29': 768_898,
  'IR-30': 2_712_400,
};

/** The published national total; the 31 provinces add up to it. */
export const NATIONAL_POPULATION_1395 = 79_926_270;

/** What every answer carrying populations says about them (source line, exports, API docs). */
export const CENSUS = {
  source: 'census',
  year: 1395,
  labelFa: 'سرشماری عمومی نفوس و مسکن ۱۳۹۵، مرکز آمار ایران',
  labelEn: '2016 National Census, Statistical Centre of Iran',
  total: NATIONAL_POPULATION_1395,
} as const;

export function populationOf(code: string): number {
  return POPULATION_1395[code] ?? 0;
}

/** Associations per million inhabitants, two decimals (0 where the population is unknown). */
export function perMillion(count: number, population: number): number {
  return population > 0 ? Math.round((count * 1e8) / population) / 100 : 0;
}
