import { describe, expect, it } from 'vitest';
import { apiClient, errorBody } from '../../test/api-client.ts';
import { createTestApiAs, send } from '../../test/test-db.ts';

const { app, db, scalar, session: editor } = await createTestApiAs('editor');
const anyone = apiClient(app);
const asEditor = apiClient(app, editor);

const body = {
  heldOn: '1403/07/01',
  number: 12,
  title: 'جلسه كميسيون نظارت',
  summary: 'بررسی تشکل‌های تازه',
  attendees: [
    { name: 'رسولیان', role: 'معاون وزیر', isNewMember: true },
    { name: 'نماینده اتاق', organization: 'اتاق بازرگانی' },
  ],
  decisions: [
    { text: 'تأیید تشکیل انجمن', provinceCodes: ['IR-03', 'IR-03', 'IR-23'], dueOn: '1403/08/01' },
    { text: 'پیگیری انتخابات', responsible: 'دبیرخانه', status: 'in_progress' as const },
  ],
};

describe('meetings with attendees and decisions', () => {
  it('creates a meeting, its roster and its decisions in one body', async () => {
    const before = scalar('SELECT count(*) FROM meetings WHERE jalali_year = 1403');
    const res = await asEditor.api.meetings.$post({ json: body });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created.meeting).toMatchObject({ heldOn: '2024-09-22', jalaliYear: 1403, source: 'manual', version: 1 });
    expect(created.meeting.attendees.map((a) => [a.name, a.isNewMember])).toEqual([
      ['رسولیان', true],
      ['نماینده اتاق', false],
    ]);
    expect(created.decisions.map((d) => d.seq)).toEqual([1, 2]);
    expect(created.decisions[0]?.provinceCodes).toEqual(['IR-03', 'IR-23']);
    expect(scalar('SELECT count(*) FROM meetings WHERE jalali_year = 1403')).toBe(before + 1);
    // Found by words typed with Arabic letters, through search_text.
    const list = await (
      await anyone.api.meetings.$get({ query: { q: 'كميسيون نظارت', from: '1403', to: '1403' } })
    ).json();
    expect(list.rows.map((r) => r.id)).toContain(created.meeting.id);
    const detail = await (await anyone.api.meetings[':id'].$get({ param: { id: String(created.meeting.id) } })).json();
    expect(detail.decisions.map((d) => d.version)).toEqual([1, 1]);
  });

  it('refuses a decision naming an unknown association, and writes none of the meeting', async () => {
    const before = scalar('SELECT count(*) FROM meetings');
    const res = await send(
      app,
      'POST',
      '/api/meetings',
      { ...body, decisions: [{ text: 'x', organizationIds: [99999999] }] },
      editor,
    );
    expect(res.status).toBe(400);
    const { error } = await errorBody(res);
    expect(error.issues?.[0]?.path).toBe('decisions.0.organizationIds.0');
    expect(scalar('SELECT count(*) FROM meetings')).toBe(before);
  });

  it('replaces the roster on PATCH, keeps jalali_year in step, and refuses a stale version', async () => {
    const { meeting } = await (await asEditor.api.meetings.$post({ json: body })).json();
    const res = await asEditor.api.meetings[':id'].$patch({
      param: { id: String(meeting.id) },
      json: { version: 1, heldOn: '1402/12/29', attendees: [{ name: 'تنها حاضر' }] },
    });
    expect(res.status).toBe(200);
    const patched = (await res.json()).meeting;
    expect(patched).toMatchObject({ version: 2, jalaliYear: 1402, heldOn: '2024-03-19' });
    expect(patched.attendees.map((a) => a.name)).toEqual(['تنها حاضر']);
    const stale = await asEditor.api.meetings[':id'].$patch({
      param: { id: String(meeting.id) },
      json: { version: 1, title: 'دیگر' },
    });
    expect(stale.status).toBe(409);
    expect(scalar('SELECT title FROM meetings WHERE id = ?', meeting.id)).toBe(body.title);
  });

  it('deletes a meeting with its decisions, keeping them in the audit row', async () => {
    const { meeting, decisions } = await (await asEditor.api.meetings.$post({ json: body })).json();
    const res = await asEditor.api.meetings[':id'].$delete({
      param: { id: String(meeting.id) },
      query: { version: '1' },
    });
    expect(res.status).toBe(200);
    expect(scalar('SELECT count(*) FROM decisions WHERE meeting_id = ?', meeting.id)).toBe(0);
    const before = JSON.parse(
      scalar(
        "SELECT before FROM audit_events WHERE action = 'delete' AND entity = 'meeting' AND entity_id = ?",
        String(meeting.id),
      ) as unknown as string,
    );
    expect(before.decisions.map((d: { id: number }) => d.id)).toEqual(decisions.map((d) => d.id));
  });
});

describe('decisions', () => {
  const meetingId = () => scalar("SELECT id FROM meetings WHERE source = 'article'");
  const create = async (extra: { provinceCodes?: string[] } = {}) =>
    (
      await (
        await asEditor.api.decisions.$post({ json: { meetingId: meetingId(), text: 'مصوبه تازه', ...extra } })
      ).json()
    ).decision;

  it('appends a decision to a meeting, with the next seq, and the open-decisions KPI counts it', async () => {
    const kpi = async () => (await (await anyone.api.stats.overview.$get({ query: {} })).json()).kpis.openDecisions;
    const open = await kpi();
    const last = scalar('SELECT max(seq) FROM decisions WHERE meeting_id = ?', meetingId());
    const d = await create({ provinceCodes: ['IR-08'] });
    expect(d.seq).toBe(last + 1);
    expect(await kpi()).toBe(open + 1);
    const detail = await (await anyone.api.decisions[':id'].$get({ param: { id: String(d.id) } })).json();
    expect(detail.decision?.version).toBe(1);
    expect(detail.decision?.provinces.map((p) => p.code)).toEqual(['IR-08']);
  });

  it('refuses an unknown meeting with a Persian field message', async () => {
    const res = await send(app, 'POST', '/api/decisions', { meetingId: 99999999, text: 'x' }, editor);
    expect(res.status).toBe(400);
    expect((await errorBody(res)).error.issues?.[0]?.path).toBe('meetingId');
  });

  it('requires a note to change the status, and records the note in the audit log', async () => {
    const d = await create();
    const without = await send(app, 'PATCH', `/api/decisions/${d.id}`, { version: 1, status: 'done' }, editor);
    expect(without.status).toBe(400);
    const { error } = await errorBody(without);
    expect(error.issues?.[0]).toEqual({ path: 'note', message: expect.stringMatching(/توضیح/) });
    expect(scalar('SELECT status FROM decisions WHERE id = ?', d.id)).toBe('open');

    const res = await send(
      app,
      'PATCH',
      `/api/decisions/${d.id}`,
      { version: 1, status: 'done', note: 'نامه ۱۲۳ ارسال شد' },
      editor,
    );
    expect(res.status).toBe(200);
    const audit = db.$client
      .prepare(
        "SELECT action, note, before, after FROM audit_events WHERE entity = 'decision' AND entity_id = ? ORDER BY id DESC",
      )
      .get(String(d.id)) as Record<string, string>;
    expect(audit).toMatchObject({ action: 'status_change', note: 'نامه ۱۲۳ ارسال شد' });
    expect([JSON.parse(audit.before as string).status, JSON.parse(audit.after as string).status]).toEqual([
      'open',
      'done',
    ]);
    // A text edit needs no note; search_text follows it.
    const edit = await send(app, 'PATCH', `/api/decisions/${d.id}`, { version: 2, text: 'متن اصلاح‌شده' }, editor);
    expect(edit.status).toBe(200);
    expect(scalar('SELECT search_text FROM decisions WHERE id = ?', d.id)).toContain('متناصلاحشده');
  });

  it('answers a stale version with 409 and deletes with the current one', async () => {
    const d = await create();
    expect((await send(app, 'PATCH', `/api/decisions/${d.id}`, { version: 1, topic: 'الف' }, editor)).status).toBe(200);
    expect((await send(app, 'PATCH', `/api/decisions/${d.id}`, { version: 1, topic: 'ب' }, editor)).status).toBe(409);
    expect(scalar('SELECT topic FROM decisions WHERE id = ?', d.id)).toBe('الف');
    expect((await send(app, 'DELETE', `/api/decisions/${d.id}?version=2`, undefined, editor)).status).toBe(200);
    expect(scalar('SELECT count(*) FROM decisions WHERE id = ?', d.id)).toBe(0);
  });
});
