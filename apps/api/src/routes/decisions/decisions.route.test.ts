import { describe, expect, it } from 'vitest';
import { isoToday } from '../../lib/clock.ts';
import { apiClient, errorBody, queryOf } from '../../test/api-client.ts';
import { createTestApi } from '../../test/test-db.ts';
import { listDecisions } from './decisions.db.ts';

const { app, db, scalar } = createTestApi();
const decisions = apiClient(app).api.decisions;
const answer = (query: string) => decisions.$get({ query: queryOf(`pageSize=100&${query}`) });

async function list(query: string) {
  const res = await answer(query);
  return { res, body: await res.json() };
}
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((s, n) => s + n, 0);
const OVERDUE = "status <> 'done' AND due_on IS NOT NULL AND due_on < ?";

describe('GET /api/decisions', () => {
  it('lists every decision by meeting date, newest first, then in agenda order', async () => {
    const { res, body } = await list('');
    expect(res.status).toBe(200);
    expect(body.total).toBe(scalar('SELECT count(*) FROM decisions'));
    expect(sum(body.byStatus)).toBe(body.total);
    expect(sum(body.sources)).toBe(body.total);
    for (const [i, row] of body.rows.entries()) {
      const next = body.rows[i + 1];
      if (!next) continue;
      expect(row.meetingHeldOn >= next.meetingHeldOn).toBe(true);
      if (next.meetingId === row.meetingId) expect(next.seq).toBeGreaterThan(row.seq);
    }
  });

  it('filters by status, while byStatus still counts every status for the chart', async () => {
    const all = (await list('')).body;
    const { body } = await list('status=done');
    expect(body.total).toBe(scalar("SELECT count(*) FROM decisions WHERE status = 'done'"));
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.every((r) => r.status === 'done')).toBe(true);
    expect(body.byStatus).toEqual(all.byStatus);
    expect(body.total).toBe(body.byStatus.done);
  });

  it('returns only overdue decisions with overdue=true, and none with overdue=false', async () => {
    const today = isoToday();
    const { body } = await list('overdue=true');
    expect(body.total).toBe(scalar(`SELECT count(*) FROM decisions WHERE ${OVERDUE}`, today));
    expect(body.rows.length).toBeGreaterThan(0);
    for (const row of body.rows) {
      expect(row.status).not.toBe('done');
      expect(row.dueOn !== null && row.dueOn < today).toBe(true);
      expect(row.overdue).toBe(true);
    }
    const notOverdue = (await list('overdue=false')).body;
    expect(notOverdue.total).toBe(scalar('SELECT count(*) FROM decisions') - body.total);
    expect(notOverdue.rows.some((r) => r.overdue)).toBe(false);
  });

  it('lists overdue decisions by deadline, the longest overdue first', () => {
    const rows = listDecisions(db, { overdue: true, pageSize: 100 }, '2100-01-01').rows;
    expect(rows.length).toBeGreaterThan(2);
    const due = rows.map((r) => r.dueOn ?? '');
    expect(due).toEqual([...due].sort());
    expect(new Set(due).size).toBeGreaterThan(1);
  });

  it('judges "overdue" against the day it is given', () => {
    const overdue = (today: string) => listDecisions(db, { overdue: true }, today).total;
    expect(overdue('1990-01-01')).toBe(0);
    expect(overdue('2100-01-01')).toBe(
      scalar("SELECT count(*) FROM decisions WHERE status <> 'done' AND due_on IS NOT NULL"),
    );
    expect(isoToday(new Date('2021-06-22T23:59:00Z'))).toBe('2021-06-22');
  });

  it('filters by province, with the linked provinces on every row', async () => {
    const { body } = await list('province=IR-23');
    expect(body.total).toBe(scalar("SELECT count(*) FROM decision_provinces WHERE province_code = 'IR-23'"));
    expect(body.total).toBeGreaterThan(0);
    expect(body.rows.every((r) => r.provinces.some((p) => p.code === 'IR-23' && p.nameFa === 'تهران'))).toBe(true);
  });

  it('filters by topic, words and meeting year', async () => {
    const byTopic = (await list(`topic=${encodeURIComponent('واگذاری تصدی‌ها')}`)).body;
    expect(byTopic.total).toBeGreaterThan(1);
    expect(byTopic.rows.every((r) => r.topic === 'واگذاری تصدی‌ها')).toBe(true);
    // Every topic stays in the select, not only the one picked.
    expect(byTopic.topics).toHaveLength(scalar("SELECT count(DISTINCT topic) FROM decisions WHERE topic <> ''"));

    const byWords = (await list(`q=${encodeURIComponent('واگذاري برخي امور')}`)).body;
    expect(byWords.rows.map((r) => r.seq)).toEqual([2]);
    expect(byWords.sources).toEqual({ article: 1 });

    const byYear = (await list('from=1399&to=1400')).body;
    expect(byYear.total).toBe(
      scalar(
        'SELECT count(*) FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE m.jalali_year BETWEEN 1399 AND 1400',
      ),
    );
  });

  it('carries the associations a decision names', async () => {
    const { body } = await list(`topic=${encodeURIComponent('تأیید تشکیل')}`);
    const row = body.rows[0];
    expect(row?.organizations.length).toBe(
      scalar('SELECT count(*) FROM decision_organizations WHERE decision_id = ?', row?.id),
    );
    expect(row?.organizations.length).toBeGreaterThan(0);
  });

  it.each(['status=closed', 'overdue=maybe', 'province=IR-99', 'pageSize=101', 'from=1401&to=1399'])(
    'refuses %s with a Persian 400',
    async (query) => {
      const res = await answer(query);
      expect(res.status).toBe(400);
      const { error } = await errorBody(res);
      expect(error.code).toBe('invalid_query');
      expect(error.message).toMatch(/[\u0600-\u06FF]/);
    },
  );
});
