import { describe, expect, it } from 'vitest';
import { apiClient, queryOf } from '../../test/api-client.ts';
import { nationalAssociation } from '../../test/organization-bodies.ts';
import { createTestApi, signIn, type TestApp, type TestSession, testClock } from '../../test/test-db.ts';

const api = createTestApi();
const { app } = api;
const auditPage = (server: TestApp, session: TestSession, query: string) =>
  apiClient(server, session).api.audit.$get({ query: queryOf(query) });

describe('GET /api/audit', () => {
  it('lists events newest first, filtered by entity, user and action (admin only)', async () => {
    const admin = await signIn(api, 'admin');
    const editor = await signIn(api, 'editor');
    await apiClient(app, editor).api.organizations.$post({ json: nationalAssociation({ nameFa: 'انجمن ممیزی' }) });
    const read = async (query: string) => {
      const res = await auditPage(app, admin, query);
      expect(res.status).toBe(200);
      return await res.json();
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

describe('audit dates and CSV', () => {
  const clock = testClock(Date.parse('2024-08-02T08:00:00.000Z'));
  const dated = createTestApi(undefined, { now: clock.now });

  it('filters by a Jalali date range and exports the changes in Persian (۲۱ → ۴۷)', async () => {
    let editor = await signIn(dated, 'editor');
    const created = await (
      await apiClient(dated.app, editor).api.organizations.$post({
        json: nationalAssociation({ nameFa: 'انجمن حسابرسی', members: 21 }),
      })
    ).json();
    clock.advance(3 * 86_400_000); // 2024-08-05 = 1403/05/15; the sessions of three days ago have ended
    editor = await signIn(dated, 'editor');
    const admin = await signIn(dated, 'admin');
    const id = created.organization.id;
    await apiClient(dated.app, editor).api.organizations[':id'].$patch({
      param: { id: String(id) },
      json: { version: 1, members: 47, status: 'suspended' },
    });
    const read = async (query: string) => (await auditPage(dated.app, admin, `entity=organization&${query}`)).json();
    expect((await read('from=1403/05/15')).rows.map((r) => r.action)).toEqual(['status_change']);
    expect((await read('to=1403/05/14')).rows.map((r) => r.action)).toEqual(['create']);
    expect((await read('from=۱۴۰۳/۰۵/۱۲&to=1403/05/15')).total).toBe(2);
    const bad = await dated.app.request('/api/audit?from=1400/12/30', { headers: { cookie: admin.cookie } });
    expect(bad.status).toBe(400);

    const csv = await dated.app.request('/api/audit/export.csv?entity=organization', {
      headers: { cookie: admin.cookie },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="hamgen-audit-2024-08-05\.csv"/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toContain('تغییرها');
    expect(text).toContain('تعداد اعضا: ۲۱ → ۴۷');
    expect(text).toContain('وضعیت: فعال → تعلیق‌شده');
    expect(text).toContain('1403/5/15');
    expect((await dated.app.request('/api/audit/export.csv', { headers: { cookie: editor.cookie } })).status).toBe(403);
  });
});
