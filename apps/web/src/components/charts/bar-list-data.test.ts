import { describe, expect, it } from 'vitest';
import { barGeometry, niceTicks, xOf } from './bar-list-data.ts';

describe('niceTicks', () => {
  it.each([
    [3, [0, 1, 2, 3]],
    [4, [0, 1, 2, 3, 4]],
    [14, [0, 5, 10, 15]],
    [161, [0, 50, 100, 150, 200]],
    [1234, [0, 500, 1000, 1500]],
    [0, [0, 1]],
  ])('max %i -> %o', (max, expected) => {
    expect(niceTicks(max)).toEqual(expected);
  });

  it('always reaches the maximum', () => {
    for (const max of [1, 7, 19, 99, 101, 999, 4321]) expect(niceTicks(max).at(-1)).toBeGreaterThanOrEqual(max);
  });
});

describe('barGeometry', () => {
  const layout = { width: 600, nameWidth: 130, rowHeight: 24, top: 4, rtl: true };

  it('grows bars leftwards from the axis in RTL, names to the right of the axis', () => {
    const g = barGeometry(3, 2, 4, layout);
    expect(g.x + g.width).toBe(470);
    expect(g.width).toBeCloseTo((3 / 4) * (600 - 130 - 36 - 8));
    expect(g.y).toBe(4 + 2 * 24);
    expect(g.nameX).toBeGreaterThan(470);
    expect(g.labelX).toBeLessThan(g.x);
    expect(g.labelAnchor).toBe('end');
  });

  it('mirrors for LTR', () => {
    const g = barGeometry(3, 0, 4, { ...layout, rtl: false });
    expect(g.x).toBe(130);
    expect(g.labelX).toBeGreaterThan(g.x + g.width);
    expect(g.nameAnchor).toBe('end');
  });

  it('puts zero at the axis', () => {
    expect(xOf(0, 10, layout)).toBe(470);
    expect(barGeometry(0, 0, 10, layout).width).toBe(0);
  });
});
