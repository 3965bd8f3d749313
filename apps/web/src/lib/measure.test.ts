import { describe, expect, it } from 'vitest';
import { measuredRows, measuredSources, measureUnit } from './measure.ts';

const rows = [
  { province: 'IR-23', count: 51, perMillion: 3.84 },
  { province: 'IR-16', count: 2, perMillion: 3.45 },
];

describe('measuredRows', () => {
  it('keeps counts for the count measure', () => {
    expect(measuredRows(rows, 'count').map((r) => r.count)).toEqual([51, 2]);
  });
  it('puts the per-million figure in count, leaving the rest', () => {
    expect(measuredRows(rows, 'per_million')).toEqual([
      { province: 'IR-23', count: 3.84, perMillion: 3.84 },
      { province: 'IR-16', count: 3.45, perMillion: 3.45 },
    ]);
  });
});

describe('measuredSources', () => {
  it('names the census only for per-million figures', () => {
    expect(measuredSources({ demo: 5 }, 'count')).toEqual({ demo: 5 });
    expect(measuredSources({ demo: 5 }, 'per_million')).toEqual({ demo: 5, census: 31 });
  });
  it('gives the unit of each measure', () => {
    expect([measureUnit('count'), measureUnit('per_million')]).toEqual([1, 0.01]);
  });
});
