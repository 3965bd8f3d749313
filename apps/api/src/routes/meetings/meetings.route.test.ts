import { describe, expect, it } from 'vitest';
import { ARTICLE_SOURCE_NOTE } from '../../db/seed/article.ts';
import { apiClient, errorBody, queryOf } from '../../test/api-client.ts';
import { createTestApi } from '../../test/test-db.ts';

const { app, scalar } = createTestApi();
const meetings = apiClient(app).api.meetings;

async function list(query: string) {
  const res = await meetings.$get({ query: queryOf(query) });
  return { res, body: await res.json() };
}
const detail = (id: number) => meetings[':id'].$get({ param: { id: String(id) } });
const articleId = scalar("SELECT id FROM meetings WHERE source = 'article'");
const allMeetings = scalar('SELECT count(*) FROM meetings');
const fa = (text: string) => encodeURIComponent(text);

describe('GET /api/meetings', () => {
  it('lists every meeting newest first, with per-source counts for the demo badge', async () => {
    const { res, body } = await list('pageSize=100');
    expect(res.status).toBe(200);
    expect(body.total).toBe(allMeetings);
    expect(body.rows).toHaveLength(allMeetings);
    const dates = body.rows.map((r) => r.heldOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(body.sources).toEqual({ article: 1, demo: allMeetings - 1 });
  });

  it('counts attendees, decisions, open decisions and approved associations per meeting', async () => {
    const { body } = await list('pageSize=100');
    const article = body.rows.find((r) => r.id === articleId);
    expect(article).toMatchObject({ attendeeCount: 4, decisionCount: 6, openDecisionCount: 6, approvedCount: 0 });
    const busiest = [...body.rows].sort((a, b) => b.approvedCount - a.approvedCount)[0];
    expect(busiest?.approvedCount).toBeGreaterThan(0);
    expect(busiest?.approvedCount).toBe(
      scalar('SELECT count(*) FROM organizations WHERE approved_in_meeting_id = ?', busiest?.id),
    );
  });

  it('pages through the list and answers past the end with no rows and the same total', async () => {
    const first = (await list('page=1&pageSize=10')).body;
    const second = (await list('page=2&pageSize=10')).body;
    expect(first.rows).toHaveLength(10);
    expect(second.rows.map((r) => r.id)).not.toContain(first.rows[0]?.id);
    const beyond = await list('page=50&pageSize=10');
    expect(beyond.res.status).toBe(200);
    expect(beyond.body).toMatchObject({ rows: [], total: allMeetings, page: 50, pageSize: 10 });
  });

  it('filters by Jalali year', async () => {
    const { body } = await list('from=1400&to=1400');
    expect(body.total).toBe(scalar('SELECT count(*) FROM meetings WHERE jalali_year = 1400'));
    expect(body.rows.every((r) => r.jalaliYear === 1400)).toBe(true);
    expect(body.rows.map((r) => r.id)).toContain(articleId);
  });

  it.each([
    ['its title, typed with an Arabic kaf', 'تشكل', 'from=1400&to=1400'],
    ['an attendee', 'سعید زرندی', ''],
    ['a decision of the meeting', 'واگذاری برخی امور', ''],
  ])('finds the article meeting by %s', async (_, q, filter) => {
    const { body } = await list(`q=${fa(q)}&${filter}`);
    expect(body.rows.map((r) => r.id)).toContain(articleId);
    expect(body.total).toBeLessThan(allMeetings);
  });

  it('matches % literally', async () => {
    expect((await list('q=%25')).body.total).toBe(0);
  });

  it.each(['pageSize=101', 'page=0', 'pageSize=abc', 'from=1401&to=1399', `q=${'ا'.repeat(201)}`])(
    'refuses %s with a Persian 400',
    async (query) => {
      const res = await meetings.$get({ query: queryOf(query) });
      expect(res.status).toBe(400);
      const { error } = await errorBody(res);
      expect(error.code).toBe('invalid_query');
      expect(error.message).toMatch(/[\u0600-\u06FF]/);
    },
  );
});

describe('GET /api/meetings/:id', () => {
  it("shows the article's meeting as reported: approximate date, four attendees, six decisions", async () => {
    const res = await detail(articleId);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.meeting).toMatchObject({ heldOnApproximate: true, source: 'article', sourceNote: ARTICLE_SOURCE_NOTE });
    expect(body.meeting).not.toHaveProperty('searchText');
    expect(body.attendees.map((a) => a.name)).toEqual(['سعید زرندی', 'رسولیان', 'سهل‌آبادی', 'احسانی']);
    expect(body.attendees.filter((a) => a.isNewMember).map((a) => a.name)).toEqual(['رسولیان']);
    expect(body.decisions.map((d) => d.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body.decisions.every((d) => d.source === 'article' && d.overdue === false)).toBe(true);
    expect(body.approvedOrganizations).toEqual([]);
  });

  it('lists the associations a meeting approved and the links of its decisions', async () => {
    const id = scalar(
      'SELECT approved_in_meeting_id FROM organizations WHERE approved_in_meeting_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
    );
    const body = await (await detail(id)).json();
    expect(body.approvedOrganizations).toHaveLength(
      scalar('SELECT count(*) FROM organizations WHERE approved_in_meeting_id = ?', id),
    );
    const linked = body.decisions.flatMap((d) => d.organizations.map((o) => o.id));
    expect(linked.length).toBeGreaterThan(0);
    expect(body.approvedOrganizations.map((o) => o.id)).toEqual(expect.arrayContaining(linked));
  });

  it('answers an unknown id with a Persian JSON 404', async () => {
    const res = await detail(999999);
    expect(res.status).toBe(404);
    const body = await errorBody(res);
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toMatch(/[\u0600-\u06FF]/);
  });

  it('refuses an id that is not a number', async () => {
    const res = await meetings[':id'].$get({ param: { id: 'abc' } });
    expect(res.status).toBe(400);
    expect((await errorBody(res)).error.code).toBe('invalid_param');
  });
});
