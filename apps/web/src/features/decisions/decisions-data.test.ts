import { describe, expect, it } from 'vitest';
import { statusRows } from './decisions-data.ts';

const label = (s: string) => `#${s}`;

describe('statusRows', () => {
  it.each([
    [
      { open: 15, in_progress: 18, done: 131 },
      [
        ['open', 15, 9],
        ['in_progress', 18, 11],
        ['done', 131, 80],
      ],
    ],
    [
      { done: 2 },
      [
        ['open', 0, 0],
        ['in_progress', 0, 0],
        ['done', 2, 100],
      ],
    ],
    [
      {},
      [
        ['open', 0, 0],
        ['in_progress', 0, 0],
        ['done', 0, 0],
      ],
    ],
  ])('%j', (byStatus, expected) => {
    expect(statusRows(byStatus, label).map((r) => [r.status, r.count, r.percent])).toEqual(expected);
  });

  it('labels each status and gives every one its own colour', () => {
    const rows = statusRows({ open: 1 }, label);
    expect(rows.map((r) => r.label)).toEqual(['#open', '#in_progress', '#done']);
    expect(new Set(rows.map((r) => r.color)).size).toBe(3);
  });
});
