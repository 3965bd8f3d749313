import { describe, expect, it } from 'vitest';
import { apiClient, errorBody } from '../../test/api-client.ts';
import { createTestApi } from '../../test/test-db.ts';
import { matchRank } from './search.db.ts';
import { searchNeedle } from './text-match.ts';

const { app, db, scalar } = createTestApi();
const client = apiClient(app).api;

async function search(q: string, limit?: number) {
  const res = await client.search.$get({ query: limit === undefined ? { q } : { q, limit: String(limit) } });
  return { res, body: await res.json() };
}
type SearchBody = Awaited<ReturnType<typeof search>>['body'];

const ids = ({ results }: SearchBody) => ({
  organizations: results.organizations.map((h) => h.id),
  meetings: results.meetings.map((h) => h.id),
  decisions: results.decisions.map((h) => h.id),
});
const hitCount = ({ totals }: SearchBody) => totals.organizations + totals.meetings + totals.decisions;
const articleId = scalar("SELECT id FROM meetings WHERE source = 'article'");

describe('GET /api/search', () => {
  // Each pair: the word as the seed stores it, and the same word typed another way.
  it.each([
    ['Arabic yeh', 'صنایع', 'صنايع'],
    ['alef maksura', 'تولیدکنندگان', 'تولىدکنندگان'],
    ['yeh with hamza', 'رییس', 'رئیس'],
    ['Arabic kaf', 'کمیسیون', 'كميسيون'],
    ['teh marbuta', 'جلسه شماره', 'جلسة شماره'],
    ['heh with yeh above', 'خانه صنعت', 'خانۀ صنعت'],
    ['ZWNJ vs space', 'تشکل‌ها', 'تشکل ها'],
    ['ZWNJ vs nothing', 'شهرک‌های صنعتی', 'شهرکهای صنعتی'],
    ['diacritics', 'تشکیل', 'تَشْکِیل'],
    ['tatweel', 'انجمن', 'انجـــمن'],
    ['Persian digits', 'جلسه شماره 12', 'جلسه شماره ۱۲'],
    ['Arabic-Indic digits', 'شماره 7', 'شماره ٧'],
    ['alef with hamza', 'تأیید', 'تایید'],
    ['alef with madda', 'آذربایجان', 'اذربایجان'],
    ['NBSP', 'انجمن صنایع', 'انجمن\u00A0صنایع'],
    ['RLM and LRM marks', 'کمیسیون', '\u200Fکمیسیون\u200E'],
    ['leading and trailing spaces', 'دارو', '  دارو \t'],
  ])('treats %s as the same word', async (_, stored, variant) => {
    const a = await search(stored);
    const b = await search(variant);
    expect(b.res.status).toBe(200);
    expect(hitCount(a.body)).toBeGreaterThan(0);
    expect(ids(b.body)).toEqual(ids(a.body));
    expect(b.body.totals).toEqual(a.body.totals);
  });

  it.each(['تشكل', 'تشکل‌ها', 'تشکلها'])("finds the article's meeting with «%s»", async (q) => {
    const { body } = await search(q, 50);
    expect(body.results.meetings.map((m) => m.id)).toContain(articleId);
  });

  it('puts an exact title first and ranks exact, prefix, then contains', async () => {
    const { body } = await search('جلسه کمیسیون نظارت بر تشکل‌های صنعتی و معدنی');
    expect(body.results.meetings[0]?.id).toBe(articleId);

    const name = db.$client.prepare('SELECT name_fa FROM organizations ORDER BY id LIMIT 1').pluck().get() as string;
    const exact = await search(name, 50);
    expect(exact.body.results.organizations[0]?.title).toBe(name);

    const { body: wide } = await search('صنعت', 50);
    for (const list of Object.values(wide.results)) {
      const ranks = list.map((h) => matchRank(h.title, searchNeedle('صنعت')));
      expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    }
  });

  it('limits each list but counts every match, and links to the web pages', async () => {
    const { body } = await search('انجمن', 5);
    expect(body.results.organizations).toHaveLength(5);
    expect(body.totals.organizations).toBe(
      scalar("SELECT count(*) FROM organizations WHERE search_text LIKE '%انجمن%'"),
    );
    expect(body.results.organizations[0]?.href).toMatch(/^\/associations\/\d+$/);
    expect(body.results.meetings.length).toBeLessThanOrEqual(5);
    expect(body.results.decisions[0]?.href).toMatch(/^\/meetings\/\d+#decision-\d+$/);
    const meetings = await search('زرندی');
    expect(meetings.body.results.meetings.map((m) => m.href)).toEqual([`/meetings/${articleId}`]);
  });

  it('agrees with the meetings list on how many meetings match', async () => {
    const { body } = await search('واگذاری');
    const list = await (await client.meetings.$get({ query: { q: 'واگذاری' } })).json();
    expect(body.totals.meetings).toBe(list.total);
  });

  it('returns the normalized words for highlighting', async () => {
    const { body } = await search('  تشكيل   انجمن ');
    expect(body.normalized).toBe('تشکیل انجمن');
    expect(body.terms).toEqual(['تشکیل', 'انجمن']);
  });

  it.each(['%', '_', '%_%'])('matches the LIKE wildcard %s literally', async (q) => {
    const { res, body } = await search(q);
    expect(res.status).toBe(200);
    expect(hitCount(body)).toBe(0);
  });

  it('reads a control character (NUL) as a space between words, which the index would refuse', async () => {
    const { res } = await search('IR-03\u0000');
    expect(res.status).toBe(200);
    const same = await search('IR-03');
    expect(hitCount((await search('IR-03\u0000')).body)).toBe(hitCount(same.body));
  });

  it.each([
    ['an empty query', '/api/search?q='],
    ['a query of control characters only', `/api/search?q=${encodeURIComponent('\u0000\u0007')}`],
    ['a missing query', '/api/search'],
    ['a query of invisible marks only', `/api/search?q=${encodeURIComponent('\u200c\u0640')}`],
    ['a query over 200 characters', `/api/search?q=${encodeURIComponent('ا'.repeat(201))}`],
    ['a limit over 50', '/api/search?q=a&limit=51'],
  ])('refuses %s with a Persian 400', async (_, url) => {
    const res = await app.request(url);
    expect(res.status).toBe(400);
    const body = await errorBody(res);
    expect(body.error.code).toBe('invalid_query');
    expect(body.error.message).toMatch(/[\u0600-\u06FF]/);
  });
});
