import { pickParams, STATS_FILTER_KEYS, statsFilterSchema } from '@hamgen/shared';
import { describe, expect, it } from 'vitest';
import { parseSearch } from './search-params.ts';
import { parseStatsFilter } from './stats-filter-url.ts';

// The first screen reads its filters without zod; the result must be what the API's own schema
// (through parseSearch, as every other page reads its URL) makes of the same link.
describe('parseStatsFilter agrees with statsFilterSchema', () => {
  it.each([
    '',
    '?from=1399&to=1399',
    '?from=۱۳۹۹&to=١٤٠٠',
    '?from=%201399%20',
    '?from=&to=1400',
    '?from=1299&to=1501',
    '?from=1300&to=1500',
    '?from=1399.5',
    '?from=-1399',
    '?from=1401&to=1399',
    '?to=1399&from=1401',
    '?from=abc&to=1400',
    '?province=IR-03&sector=nope',
    '?province=IR-99',
    '?kind=national_association&status=active',
    '?status=ACTIVE',
    '?tab=table&kind=national_association',
  ])('%s', (search) => {
    const expected = parseSearch(statsFilterSchema, STATS_FILTER_KEYS, search);
    const defined = Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined));
    expect(parseStatsFilter(search)).toEqual(defined);
    expect(Object.keys(pickParams(search, STATS_FILTER_KEYS)).length).toBeGreaterThanOrEqual(
      Object.keys(defined).length,
    );
  });
});
