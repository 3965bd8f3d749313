import { describe, expect, it } from 'vitest';
import { mergedP99 } from './load.ts';

/** A run's tail as wrk reports it (p90, p90.1, … p99.9) for latencies spread evenly over 0..max. */
const evenTail = (maxMs: number) => Array.from({ length: 100 }, (_, i) => ((900 + i) / 1000) * maxMs);

describe('mergedP99', () => {
  it('is the run’s own p99 for one run', () => {
    const tail = evenTail(10);
    expect(mergedP99([{ requests: 1000, tailMs: tail }])).toBe(tail[90]);
  });

  it('is the same p99 for identical runs', () => {
    const tail = evenTail(10);
    expect(mergedP99([1, 2, 3].map(() => ({ requests: 5000, tailMs: tail })))).toBe(tail[90]);
  });

  it('weighs runs by their requests: a short slow run moves it less than a long one', () => {
    const fast = { requests: 9000, tailMs: evenTail(4) };
    const slowShort = { requests: 1000, tailMs: evenTail(40) };
    const slowLong = { requests: 9000, tailMs: evenTail(40) };
    const short = mergedP99([fast, slowShort]);
    const long = mergedP99([fast, slowLong]);
    expect(short).toBeGreaterThan(fast.tailMs[90] ?? 0);
    expect(long).toBeGreaterThan(short);
    expect(long).toBeLessThanOrEqual(slowLong.tailMs[99] ?? 0);
  });

  it('never comes out under the exact p99 of the requests together', () => {
    // Half the requests at 1 ms, half spread over 1..100 ms: the exact p99 of the union is the
    // 98th percentile of the slow half.
    const flat = { requests: 10_000, tailMs: Array.from({ length: 100 }, () => 1) };
    const spread = { requests: 10_000, tailMs: evenTail(100) };
    expect(mergedP99([flat, spread])).toBeGreaterThanOrEqual(98);
  });
});
