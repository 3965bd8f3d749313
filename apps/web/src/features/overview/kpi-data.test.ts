import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../lib/format.ts';
import { formatDelta, kpiDelta } from './kpi-data.ts';

describe('kpiDelta', () => {
  it.each([
    [15, 10, { difference: 5, percent: 50, direction: 'up' }],
    [10, 15, { difference: -5, percent: -33.3, direction: 'down' }],
    [7, 7, { difference: 0, percent: 0, direction: 'same' }],
    [4, 0, { difference: 4, percent: null, direction: 'up' }],
  ])('%i vs %i', (current, previous, expected) => {
    expect(kpiDelta(current, previous)).toEqual(expected);
  });
});

describe('formatDelta', () => {
  const fa = (n: number) => formatNumber(n, 'fa');
  it.each([
    [kpiDelta(15, 10), { amount: '+۵', percent: '+۵۰٪' }],
    [kpiDelta(10, 15), { amount: '−۵', percent: '−۳۳٫۳٪' }],
    [kpiDelta(4, 0), { amount: '+۴', percent: null }],
    [kpiDelta(3, 3), { amount: 'بدون تغییر', percent: null }],
  ])('%o', (delta, expected) => {
    expect(formatDelta(delta, fa, 'بدون تغییر')).toEqual(expected);
  });
});
