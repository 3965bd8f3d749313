import { describe, expect, it } from 'vitest';
import { OTHER_KEY, timelineData, timelineSeries } from './timeline-data.ts';

const rows = [
  { year: 1398, count: 6, demo: 6, groups: { a: 1, b: 2, c: 3 } },
  { year: 1399, count: 4, demo: 4, groups: { a: 0, b: 1, c: 3 } },
];
const label = (k: string) => k.toUpperCase();

describe('timelineSeries', () => {
  it('orders groups by their total, largest first', () => {
    expect(timelineSeries(rows, ['a', 'b', 'c'], label, 'other').map((s) => s.key)).toEqual(['c', 'b', 'a']);
  });

  it('folds the smallest groups into "other" past the palette', () => {
    const series = timelineSeries(rows, ['a', 'b', 'c'], label, 'other', 2);
    expect(series.map((s) => s.key)).toEqual(['c', OTHER_KEY]);
    expect(timelineData(rows, series)).toEqual([
      { year: 1398, count: 6, c: 3, [OTHER_KEY]: 3 },
      { year: 1399, count: 4, c: 3, [OTHER_KEY]: 1 },
    ]);
  });

  it('gives a single unstacked series when there are no groups', () => {
    expect(timelineSeries(rows, [], label, 'other').map((s) => s.key)).toEqual(['count']);
  });
});

describe('timelineData', () => {
  it('keeps every group when all are shown, and the stack sums to the count', () => {
    const data = timelineData(rows, timelineSeries(rows, ['a', 'b', 'c'], label, 'other'));
    for (const datum of data) {
      const { year: _y, count, ...groups } = datum;
      expect(Object.values(groups).reduce((a, b) => a + b, 0)).toBe(count);
    }
  });
});
