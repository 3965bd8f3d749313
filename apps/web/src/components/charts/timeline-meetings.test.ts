import { describe, expect, it } from 'vitest';
import { meetingsOfYear, withMeetingCounts } from './timeline-meetings.ts';

const years = [
  { year: 1399, count: 2, meetings: [] },
  { year: 1400, count: 0, meetings: [] },
];

describe('withMeetingCounts', () => {
  it('adds the meeting count of each year, zero where none is known', () => {
    expect(
      withMeetingCounts(
        [
          { year: 1399, count: 15 },
          { year: 1401, count: 4 },
        ],
        years,
      ),
    ).toEqual([
      { year: 1399, count: 15, meetings: 2 },
      { year: 1401, count: 4, meetings: 0 },
    ]);
  });

  it('finds a year', () => {
    expect(meetingsOfYear(years, 1399)?.count).toBe(2);
    expect(meetingsOfYear(years, 1390)).toBeUndefined();
  });
});
