import { describe, expect, it } from 'vitest';
import { createTestApi, createTestUser, login, scalarOf, send, signIn } from '../../test/test-db.ts';

const api = createTestApi();
const { app, db } = api;
const scalar = scalarOf(db);

interface DecisionAnswer {
  decision: { id: number; version: number; status: string };
  history: { at: string; status: string; note: string | null; user: string | null }[];
}

describe('GET /api/decisions/:id history', () => {
  it('starts with the recorded status and adds each change with its note, readable by anyone', async () => {
    const user = await createTestUser(db, { role: 'editor', displayName: 'دبیر پیگیری' });
    const editor = await login(app, user.username);
    const meetingId = scalar('SELECT min(id) FROM meetings');
    const created = (await (
      await send(app, 'POST', '/api/decisions', { meetingId, text: 'پیگیری تاریخچه' }, editor)
    ).json()) as DecisionAnswer;
    const id = created.decision.id;
    const patch = (body: object) => send(app, 'PATCH', `/api/decisions/${id}`, body, editor);
    expect((await patch({ version: 1, status: 'in_progress', note: 'نامه به استانداری فرستاده شد' })).status).toBe(200);
    expect((await patch({ version: 2, topic: 'بدون تغییر وضعیت' })).status).toBe(200);
    // A refused change (no note) leaves no trace in the history.
    expect((await patch({ version: 3, status: 'done' })).status).toBe(400);
    expect((await patch({ version: 3, status: 'done', note: 'پاسخ رسید' })).status).toBe(200);

    const res = await app.request(`/api/decisions/${id}`);
    expect(res.status).toBe(200);
    const { history } = (await res.json()) as DecisionAnswer;
    expect(history.map((h) => [h.status, h.note, h.user])).toEqual([
      ['open', null, 'دبیر پیگیری'],
      ['in_progress', 'نامه به استانداری فرستاده شد', 'دبیر پیگیری'],
      ['done', 'پاسخ رسید', 'دبیر پیگیری'],
    ]);
    expect(history.every((h) => /^\d{4}-\d{2}-\d{2}T/.test(h.at))).toBe(true);
  });

  it('records the first status of decisions created with a new meeting', async () => {
    const editor = await signIn(api, 'editor');
    const res = await send(
      app,
      'POST',
      '/api/meetings',
      {
        heldOn: '1403/02/02',
        title: 'جلسه تاریخچه',
        decisions: [{ text: 'یک', status: 'in_progress' }, { text: 'دو' }],
      },
      editor,
    );
    const { decisions } = (await res.json()) as { decisions: { id: number }[] };
    const first = (await (await app.request(`/api/decisions/${decisions[0]?.id}`)).json()) as DecisionAnswer;
    expect(first.history.map((h) => h.status)).toEqual(['in_progress']);
  });
});
