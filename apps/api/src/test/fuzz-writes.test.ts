// Generated hostile bodies against every write an editor can make: JSON for organizations,
// meetings and decisions, multipart for the import. Whatever arrives, the answer is never a 5xx,
// and a refused request (4xx) changes no row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestApi, send, signIn, type TestSession } from './test-db.ts';

const api = createTestApi();
const RUNS = 1000;
let editor: TestSession;

const changes = () => api.db.$client.prepare('SELECT total_changes()').pluck().get() as number;
const rows = () =>
  api.db.$client
    .prepare(
      'SELECT (SELECT count(*) FROM organizations) + (SELECT count(*) FROM meetings) + (SELECT count(*) FROM decisions)',
    )
    .pluck()
    .get() as number;

const text = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "' OR 1=1 --",
    '<img src=x onerror=alert(1)>',
    'كرمان‌ي',
    '\u202e\u200f',
    '۱۴۰۰/۱۲/۳۰',
    '1399/12/30',
    '=1+1',
    '',
  ),
);
const value = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
);
const body = (keys: string[]) =>
  fc.dictionary(fc.constantFrom(...keys, '__proto__', 'version', 'extra'), value, { maxKeys: 10 });

const WRITES: [string, string, string[]][] = [
  [
    'POST',
    '/api/organizations',
    ['nameFa', 'kind', 'provinceCode', 'sectorCode', 'establishedOn', 'status', 'members'],
  ],
  ['PATCH', '/api/organizations/1', ['nameFa', 'kind', 'provinceCode', 'status', 'members', 'note']],
  ['POST', '/api/meetings', ['heldOn', 'title', 'summary', 'attendees', 'decisions', 'number']],
  ['POST', '/api/decisions', ['meetingId', 'text', 'topic', 'status', 'dueOn', 'provinceCodes']],
  ['PATCH', '/api/decisions/1', ['status', 'note', 'text', 'dueOn']],
];

describe('fuzzed writes', () => {
  it.each(WRITES)(
    `${RUNS} generated JSON bodies on %s %s: no 5xx, refusals change nothing`,
    async (method, path, keys) => {
      editor ??= await signIn(api, 'editor');
      await fc.assert(
        fc.asyncProperty(fc.oneof(body(keys), text), async (payload) => {
          const before = rows();
          const res = await send(api.app, method, path, payload, editor);
          expect(res.status, JSON.stringify(payload)).toBeLessThan(500);
          if (res.status >= 400) expect(rows(), JSON.stringify(payload)).toBe(before);
          await res.arrayBuffer();
        }),
        { numRuns: RUNS },
      );
    },
  );

  it(`${RUNS} generated uploads to the import: no 5xx, nothing written`, async () => {
    editor ??= await signIn(api, 'editor');
    const before = changes();
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('a.csv', 'a.xlsx', 'a.txt', 'نام.csv', ''),
        fc.constantFrom('true', 'false', 'maybe', ''),
        async (bytes, name, dryRun) => {
          const form = new FormData();
          form.set('dryRun', dryRun);
          form.set('file', new Blob([bytes]), name);
          const { 'content-type': _json, ...headers } = { 'content-type': '', ...editor.headers };
          const res = await api.app.request('/api/import/organizations', { method: 'POST', headers, body: form });
          expect(res.status).toBeLessThan(500);
          await res.arrayBuffer();
        },
      ),
      { numRuns: RUNS },
    );
    // Random bytes never make a valid spreadsheet, so not one row may have been imported.
    expect(
      api.db.$client.prepare("SELECT count(*) FROM organizations WHERE source LIKE 'import:%'").pluck().get(),
    ).toBe(0);
    expect(changes()).toBeGreaterThanOrEqual(before);
  });
});
