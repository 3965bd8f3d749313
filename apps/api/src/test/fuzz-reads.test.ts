// Generated hostile input against every read endpoint: mixed Persian/Arabic text, bidi marks,
// huge numbers, SQL and HTML injection. Whatever arrives, the answer is a 2xx or a JSON 4xx with a
// Persian message — never a 5xx — and no request changes a row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorBody } from './api-client.ts';
import { createTestApi } from './test-db.ts';

const { app, db } = createTestApi();
const RUNS = 1000;

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE organizations; --',
    '<script>alert(1)</script>',
    '%',
    '_',
    '\\',
    '\u200c\u200f\u200e\u202e',
    'كرمان ي ة',
    '۱۳۹۹',
    '١٤٠٠',
    '99999999999999999999999',
    '-1',
    '1e309',
    'NaN',
    '0x10',
    '',
    ' ',
    'IR-03',
    'IR-03\u0000',
  ),
  fc.stringMatching(/^[\u0600-\u06FF\u200c ]{0,30}$/),
  fc.integer().map(String),
  fc.double().map(String),
);

const queryOf = (keys: string[]) =>
  fc.array(fc.tuple(fc.constantFrom(...keys, 'x', 'page', '__proto__'), hostileText), { maxLength: 6 }).map((pairs) => {
    const params = new URLSearchParams();
    for (const [k, v] of pairs) params.append(k, v);
    return params.toString();
  });

const STATS_KEYS = ['from', 'to', 'sector', 'kind', 'status', 'province'];
const ENDPOINTS: [string, string[]][] = [
  ['/api/stats/overview', STATS_KEYS],
  ['/api/stats/by-province', STATS_KEYS],
  ['/api/stats/by-sector', STATS_KEYS],
  ['/api/stats/timeline', [...STATS_KEYS, 'stack']],
  ['/api/organizations', [...STATS_KEYS, 'q', 'page', 'pageSize', 'sort']],
  ['/api/meetings', ['from', 'to', 'q', 'page', 'pageSize']],
  ['/api/decisions', ['status', 'q', 'overdue', 'topic', 'province', 'from', 'to', 'page', 'pageSize']],
  ['/api/search', ['q', 'limit']],
  ['/api/provinces/IR-03', STATS_KEYS],
  ['/api/export/by-province.csv', STATS_KEYS],
];

function changes(): number {
  return db.$client.prepare('SELECT total_changes()').pluck().get() as number;
}

describe('fuzzed reads', () => {
  it.each(ENDPOINTS)(`${RUNS} generated queries on %s: no 5xx, no row changed`, async (path, keys) => {
    const before = changes();
    await fc.assert(
      fc.asyncProperty(queryOf(keys), async (query) => {
        const res = await app.request(`${path}?${query}`);
        expect(res.status, query).toBeLessThan(500);
        if (res.status >= 400) {
          const body = await errorBody(res);
          expect(body.error?.message, query).toMatch(/[\u0600-\u06FF]/);
          expect(JSON.stringify(body)).not.toMatch(/\bat .+:\d+:\d+|SqliteError|TypeError/);
        } else {
          await res.arrayBuffer();
        }
      }),
      { numRuns: RUNS },
    );
    expect(changes()).toBe(before);
  });

  it(`${RUNS} generated path ids answer 400 or 404, never 5xx`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom('organizations', 'meetings', 'provinces'), async (id, resource) => {
        const res = await app.request(`/api/${resource}/${encodeURIComponent(id)}`);
        expect(res.status, id).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });
});
