import { describe, expect, it } from 'vitest';
import { apiClient, queryOf } from '../../test/api-client.ts';
import { createTestApi } from '../../test/test-db.ts';
import { APPROVED_NAMED_PER_MEETING, MEETINGS_LISTED_PER_YEAR } from './timeline-meetings.db.ts';

const { app, scalar } = createTestApi();

async function timeline(query: string) {
  const res = await apiClient(app).api.stats.timeline.$get({ query: queryOf(query) });
  expect(res.status).toBe(200);
  return await res.json();
}

async function meetingLists(query: string) {
  const res = await apiClient(app).api.stats.timeline.meetings.$get({ query: queryOf(query) });
  expect(res.status).toBe(200);
  return (await res.json()).meetings;
}

describe('meetings on the timeline', () => {
  it('counts the meetings of every year of the range, like SQL', async () => {
    const body = await timeline('from=1395&to=1401');
    const lists = await meetingLists('from=1395&to=1401');
    expect(body.meetings.map((m) => m.year)).toEqual(body.rows.map((r) => r.year));
    expect(lists.map(({ year, count, approved }) => ({ year, count, approved }))).toEqual(body.meetings);
    for (const y of lists) {
      expect(y.count, String(y.year)).toBe(scalar('SELECT count(*) FROM meetings WHERE jalali_year = ?', y.year));
      expect(y.meetings.length).toBe(Math.min(y.count, MEETINGS_LISTED_PER_YEAR));
    }
    expect(body.meetings.reduce((s, y) => s + y.count, 0)).toBeGreaterThan(0);
  });

  it('names the associations each meeting approved', async () => {
    const [year] = await meetingLists('from=1399&to=1399');
    const approvedIn1399 = scalar(
      'SELECT count(*) FROM organizations o JOIN meetings m ON m.id = o.approved_in_meeting_id WHERE m.jalali_year = 1399',
    );
    expect(year?.meetings.reduce((s, m) => s + m.approved, 0)).toBe(approvedIn1399);
    expect(year?.approved).toBe(approvedIn1399);
    expect((await timeline('from=1399&to=1399')).meetings[0]?.approved).toBe(approvedIn1399);
    for (const m of year?.meetings ?? []) {
      expect(m.approvedNames.length).toBe(Math.min(m.approved, APPROVED_NAMED_PER_MEETING));
      for (const o of m.approvedNames) {
        expect(scalar('SELECT approved_in_meeting_id FROM organizations WHERE id = ?', o.id)).toBe(m.id);
      }
    }
  });

  it('keeps only the meetings that approved a matching association under a province filter', async () => {
    const body = { meetings: await meetingLists('province=IR-26&from=1390&to=1404') };
    const expected = scalar(
      `SELECT count(DISTINCT m.id) FROM meetings m JOIN organizations o ON o.approved_in_meeting_id = m.id
       WHERE o.province_code = 'IR-26' AND m.jalali_year BETWEEN 1390 AND 1404`,
    );
    expect(body.meetings.reduce((s, y) => s + y.count, 0)).toBe(expected);
    for (const y of body.meetings) for (const m of y.meetings) expect(m.approved).toBeGreaterThan(0);
  });
});
