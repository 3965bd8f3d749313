import { describe, expect, it } from 'vitest';
import { createTestApi, send, signIn } from '../../test/test-db.ts';

const api = createTestApi();
const { app } = api;

interface Page {
  rows: { action: string; entity: string; username: string | null; outcome: string; before: unknown; after: unknown }[];
  total: number;
}

describe('GET /api/audit', () => {
  it('lists events newest first, filtered by entity, user and action (admin only)', async () => {
    const admin = await signIn(api, 'admin');
    const editor = await signIn(api, 'editor');
    await send(
      app,
      'POST',
      '/api/organizations',
      {
        nameFa: 'انجمن ممیزی',
        kind: 'national_association',
        provinceCode: null,
        sectorCode: 'food',
        establishedOn: '1403/01/01',
        status: 'active',
      },
      editor,
    );
    const read = async (query: string) => {
      const res = await app.request(`/api/audit?${query}`, { headers: { cookie: admin.cookie } });
      expect(res.status).toBe(200);
      return (await res.json()) as Page;
    };
    const byEditor = await read(`user=${editor.user.username}`);
    expect(byEditor.rows.map((r) => r.action)).toEqual(['create', 'login']);
    const created = await read(`entity=organization&action=create&user=${editor.user.username.toUpperCase()}`);
    expect(created.total).toBe(1);
    expect(created.rows[0]?.after).toMatchObject({ nameFa: 'انجمن ممیزی', source: 'manual' });
    const logins = await read('action=login&pageSize=2');
    expect(logins.rows).toHaveLength(2);
    expect(logins.total).toBeGreaterThanOrEqual(2);
    expect((await app.request('/api/audit', { headers: { cookie: editor.cookie } })).status).toBe(403);
    expect((await app.request('/api/audit?entity=planet', { headers: { cookie: admin.cookie } })).status).toBe(400);
  });
});
