import { describe, expect, it } from 'vitest';
import { apiClient } from '../../test/api-client.ts';
import { createTestApi, createTestUser, login, send, signIn } from '../../test/test-db.ts';

const api = createTestApi();
const { app, db, scalar } = api;
const decision = (id: number | undefined) => apiClient(app).api.decisions[':id'].$get({ param: { id: String(id) } });

describe('GET /api/decisions/:id history', () => {
  it('starts with the recorded status and adds each change with its note, readable by anyone', async () => {
    const user = await createTestUser(db, { role: 'editor', displayName: 'دبیر پیگیری' });
    const editor = await login(app, user.username);
    const meetingId = scalar('SELECT min(id) FROM meetings');
    const created = await (
      await apiClient(app, editor).api.decisions.$post({ json: { meetingId, text: 'پیگیری تاریخچه' } })
    ).json();
    const id = created.decision.id;
    const patch = (body: object) => send(app, 'PATCH', `/api/decisions/${id}`, body, editor);
    expect((await patch({ version: 1, status: 'in_progress', note: 'نامه به استانداری فرستاده شد' })).status).toBe(200);
    expect((await patch({ version: 2, topic: 'بدون تغییر وضعیت' })).status).toBe(200);
    // A refused change (no note) leaves no trace in the history.
    expect((await patch({ version: 3, status: 'done' })).status).toBe(400);
    expect((await patch({ version: 3, status: 'done', note: 'پاسخ رسید' })).status).toBe(200);

    const res = await decision(id);
    expect(res.status).toBe(200);
    const { history } = await res.json();
    expect(history.map((h) => [h.status, h.note, h.user])).toEqual([
      ['open', null, 'دبیر پیگیری'],
      ['in_progress', 'نامه به استانداری فرستاده شد', 'دبیر پیگیری'],
      ['done', 'پاسخ رسید', 'دبیر پیگیری'],
    ]);
    expect(history.every((h) => /^\d{4}-\d{2}-\d{2}T/.test(h.at))).toBe(true);
  });

  it('records the first status of decisions created with a new meeting', async () => {
    const editor = await signIn(api, 'editor');
    const res = await apiClient(app, editor).api.meetings.$post({
      json: {
        heldOn: '1403/02/02',
        title: 'جلسه تاریخچه',
        decisions: [{ text: 'یک', status: 'in_progress' }, { text: 'دو' }],
      },
    });
    const { decisions } = await res.json();
    const first = await (await decision(decisions[0]?.id)).json();
    expect(first.history.map((h) => h.status)).toEqual(['in_progress']);
  });
});
