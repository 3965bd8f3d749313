import { describe, expect, it } from 'vitest';
import {
  classBreaks,
  legendItems,
  type MapRow,
  RAMP,
  shapeProvinces,
  stepOf,
  tooltipPlacement,
  ZERO_FILL,
} from './map-data.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const zeros = (n: number) => Array<number>(n).fill(0);
const asRanges = (counts: number[]) => classBreaks(counts).map((c) => [c.from, c.to, c.step]);

describe('classBreaks', () => {
  it('steps per-million figures by 0.01, with no gap and no float noise', () => {
    const classes = classBreaks([0, 3.84, 3.45, 11.22, 9.97, 0.77, 2.5], 3, 0.01);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [0.77, 2.5],
      [2.51, 3.84],
      [3.85, 11.22],
    ]);
  });

  it.each([
    ['no data', [], []],
    ['all 31 zero', zeros(31), []],
    ['one value', [0, 4, 0], [[4, 4, 4]]],
    // The seed article's 1399: six provinces with 2 or 3, the rest none.
    [
      'few distinct values get one class each, on the darkest steps',
      [3, 2, 2, 3, 2, 3, ...zeros(25)],
      [
        [2, 2, 3],
        [3, 3, 4],
      ],
    ],
    [
      '31 distinct values split into five equal-count classes',
      range(1, 31),
      [
        [1, 7, 0],
        [8, 13, 1],
        [14, 19, 2],
        [20, 25, 3],
        [26, 31, 4],
      ],
    ],
    [
      'one dominant province does not flatten the others into one class',
      [500, ...range(1, 30)],
      [
        [1, 7, 0],
        [8, 13, 1],
        [14, 19, 2],
        [20, 25, 3],
        [26, 500, 4],
      ],
    ],
    [
      'ties never straddle classes; ranges stay contiguous',
      [...Array<number>(20).fill(1), 2, 3, 4, 5, 9, 40, ...zeros(5)],
      [
        [1, 1, 0],
        [2, 3, 1],
        [4, 5, 2],
        [6, 9, 3],
        [10, 40, 4],
      ],
    ],
    [
      'ignores negative and non-finite counts',
      [-3, Number.NaN, 2, 5],
      [
        [2, 2, 3],
        [3, 5, 4],
      ],
    ],
  ])('%s', (_, counts, expected) => {
    expect(asRanges(counts)).toEqual(expected);
  });

  it('puts every non-zero count in exactly one class, each class used', () => {
    const counts = [500, 120, 40, 40, 33, 12, 9, 9, 9, 8, 7, 5, 5, 4, 3, 3, 2, 1, 1, 1, ...zeros(11)];
    const classes = classBreaks(counts);
    for (const count of counts.filter((c) => c > 0)) {
      expect(classes.filter((c) => c.from <= count && count <= c.to)).toHaveLength(1);
    }
    for (const c of classes) expect(counts.some((n) => stepOf(n, classes) === c.step)).toBe(true);
  });
});

describe('stepOf', () => {
  const classes = classBreaks(range(1, 31));
  it.each([
    [0, null],
    [1, 0],
    [7, 0],
    [8, 1],
    [31, 4],
    [99, null],
  ])('count %i → step %s', (count, step) => {
    expect(stepOf(count, classes)).toBe(step);
  });
});

describe('shapeProvinces', () => {
  const rows: MapRow[] = [
    { province: 'IR-23', nameFa: 'تهران', nameEn: 'Tehran', count: 9, demo: 2 },
    { province: 'IR-03', nameFa: 'آذربایجان شرقی', nameEn: 'East Azerbaijan', count: 0, demo: 0 },
  ];

  it('follows the geometry order and names provinces in the UI language', () => {
    const { provinces } = shapeProvinces(['IR-03', 'IR-23'], rows, 'fa');
    expect(provinces).toEqual([
      { code: 'IR-03', name: 'آذربایجان شرقی', count: 0, demo: 0, step: null },
      { code: 'IR-23', name: 'تهران', count: 9, demo: 2, step: 4 },
    ]);
    expect(shapeProvinces(['IR-23'], rows, 'en').provinces[0]?.name).toBe('Tehran');
  });

  it('draws a province missing from the rows as zero, under its code', () => {
    expect(shapeProvinces(['IR-30'], rows, 'fa').provinces).toEqual([
      { code: 'IR-30', name: 'IR-30', count: 0, demo: 0, step: null },
    ]);
  });
});

describe('tooltipPlacement', () => {
  it.each([
    [400, 370, { x: 50, y: 50, align: 'center', below: false }],
    [40, 370, { x: 5, y: 50, align: 'start', below: false }],
    [760, 370, { x: 95, y: 50, align: 'end', below: false }],
    [400, 74, { x: 50, y: 10, align: 'center', below: true }],
  ])('(%i, %i) on 800×740', (cx, cy, expected) => {
    expect(tooltipPlacement(cx, cy, 800, 740)).toEqual(expected);
  });
});

describe('legendItems', () => {
  it('lists none, then one item per class with its ramp colour', () => {
    const items = legendItems([0, 0, 3, 2, 2, 3], { none: 'none', range: (a, b) => `${a}-${b}` });
    expect(items[0]).toEqual({ label: 'none', color: ZERO_FILL });
    expect(items.slice(1).map((i) => i.label)).toEqual(classBreaks([3, 2, 2, 3]).map((c) => `${c.from}-${c.to}`));
    expect(items.slice(1).every((i) => (RAMP as readonly string[]).includes(i.color))).toBe(true);
  });
});
