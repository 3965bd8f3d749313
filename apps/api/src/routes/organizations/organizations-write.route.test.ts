import { compactFa } from '@hamgen/shared';
import { describe, expect, it } from 'vitest';
import { apiClient, errorBody } from '../../test/api-client.ts';
import { provincialAssociation } from '../../test/organization-bodies.ts';
import { createTestApiAs, send, signIn } from '../../test/test-db.ts';

const api = await createTestApiAs('editor');
const { app, db, scalar, session: editor } = api;
const anyone = apiClient(app);
const organizations = apiClient(app, editor).api.organizations;
const byId = (id: number) => ({ param: { id: String(id) } });
type Patch = Parameters<(typeof organizations)[':id']['$patch']>[0]['json'];
const patch = (id: number, json: Patch) => organizations[':id'].$patch({ ...byId(id), json });
const remove = (id: number, version: number) =>
  organizations[':id'].$delete({ ...byId(id), query: { version: String(version) } });

const valid = provincialAssociation();
const overview = async (query: { from?: string; to?: string } = {}) =>
  (await (await anyone.api.stats.overview.$get({ query })).json()).kpis;
const row = (id: number) =>
  db.$client.prepare('SELECT * FROM organizations WHERE id = ?').get(id) as Record<string, unknown>;

describe('POST /api/organizations', () => {
  it('creates the row with jalali_year, search_text and source manual, and the stats show it at once', async () => {
    const before = await overview({ from: '1403', to: '1403' });
    const res = await organizations.$post({ json: valid });
    expect(res.status).toBe(201);
    const { organization } = await res.json();
    expect(organization).toMatchObject({
      establishedOn: '2024-08-02',
      jalaliYear: 1403,
      source: 'manual',
      members: 12,
      version: 1,
    });
    expect(row(organization.id).search_text).toBe(compactFa(valid.nameFa));
    expect(
      scalar("SELECT count(*) FROM organization_events WHERE organization_id = ? AND type = 'formed'", organization.id),
    ).toBe(1);
    const after = await overview({ from: '1403', to: '1403' });
    expect(after.formed).toBe(before.formed + 1);
    expect(after.total).toBe(before.total + 1);
    // Found by search typed with Persian letters.
    const found = await (await anyone.api.organizations.$get({ query: { q: 'کاشی قم' } })).json();
    expect(found.rows.map((r) => r.id)).toContain(organization.id);
  });

  it('refuses an impossible Jalali date with a Persian message naming the field', async () => {
    const res = await organizations.$post({ json: { ...valid, establishedOn: '1400/12/30' } });
    expect(res.status).toBe(400);
    const { error } = await errorBody(res);
    expect(error.issues).toContainEqual({
      path: 'establishedOn',
      message: expect.stringMatching(/تاریخ تشکیل.*۱۴۰۰\/۱۲\/۳۰.*وجود ندارد/),
    });
  });

  it('gives one Persian issue per bad field', async () => {
    const res = await send(
      app,
      'POST',
      '/api/organizations',
      {
        nameFa: ' ',
        kind: 'club',
        provinceCode: 'IR-99',
        sectorCode: 'food',
        establishedOn: '1403/13/01',
        status: 'active',
        members: -1,
      },
      editor,
    );
    expect(res.status).toBe(400);
    const { error } = await errorBody(res);
    expect(error.issues?.map((i) => i.path).sort()).toEqual([
      'establishedOn',
      'kind',
      'members',
      'nameFa',
      'provinceCode',
    ]);
    for (const issue of error.issues ?? []) expect(issue.message).toMatch(/[\u0600-\u06FF]/);
  });

  it('refuses a body over 1 MB with a Persian 413', async () => {
    const res = await organizations.$post({ json: { ...valid, nameFa: 'ا'.repeat(1024 * 1024) } });
    expect(res.status).toBe(413);
    expect((await errorBody(res)).error.message).toMatch(/مگابایت/);
  });

  it('requires a province except for a national association', async () => {
    const provincial = await organizations.$post({ json: { ...valid, provinceCode: null } });
    expect((await errorBody(provincial)).error.issues?.[0]?.path).toBe('provinceCode');
    const national = await organizations.$post({ json: { ...valid, kind: 'national_association' } });
    expect(national.status).toBe(400);
  });
});

describe('PATCH and DELETE /api/organizations/:id', () => {
  const create = async () =>
    (await (await organizations.$post({ json: { ...valid, nameFa: `انجمن ${Math.random()}` } })).json()).organization;

  it('changes the fields given, bumps the version and keeps jalali_year in step', async () => {
    const o = await create();
    const res = await patch(o.id, { version: 1, establishedOn: '1399/12/30', nameFa: 'انجمن تازه‌نام' });
    expect(res.status).toBe(200);
    const { organization } = await res.json();
    expect(organization).toMatchObject({ version: 2, jalaliYear: 1399, establishedOn: '2021-03-20' });
    expect(row(o.id).search_text).toBe('انجمنتازهنام');
    expect(
      scalar("SELECT happened_on FROM organization_events WHERE organization_id = ? AND type = 'formed'", o.id),
    ).toBe('2021-03-20');
  });

  it('answers a stale version with 409 and leaves the row unchanged', async () => {
    const o = await create();
    expect((await patch(o.id, { version: 1, members: 40 })).status).toBe(200);
    const stored = row(o.id);
    const stale = await patch(o.id, { version: 1, members: 99, status: 'dissolved' });
    expect(stale.status).toBe(409);
    const { error } = await errorBody(stale);
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/کس دیگری/);
    expect(row(o.id)).toEqual(stored);
    const staleDelete = await remove(o.id, 1);
    expect(staleDelete.status).toBe(409);
    expect(row(o.id)).toEqual(stored);
  });

  it('records a status change in the history and the audit log with its note', async () => {
    const o = await create();
    const res = await patch(o.id, { version: 1, status: 'active', note: 'مجمع عمومی برگزار شد' });
    expect(res.status).toBe(200);
    expect(
      scalar("SELECT note FROM organization_events WHERE organization_id = ? AND type = 'status_change'", o.id),
    ).toBe('مجمع عمومی برگزار شد');
    const audit = db.$client
      .prepare("SELECT * FROM audit_events WHERE entity = 'organization' AND entity_id = ? ORDER BY id DESC")
      .get(String(o.id)) as Record<string, string>;
    expect(audit).toMatchObject({
      action: 'status_change',
      username: editor.user.username,
      note: 'مجمع عمومی برگزار شد',
      outcome: 'success',
    });
    expect(JSON.parse(audit.before as string).status).toBe('forming');
    expect(JSON.parse(audit.after as string).status).toBe('active');
  });

  it('deletes with the right version, audited with the row before', async () => {
    const o = await create();
    const before = await overview();
    const res = await remove(o.id, 1);
    expect(res.status).toBe(200);
    expect(row(o.id)).toBeUndefined();
    expect((await overview()).total).toBe(before.total - 1);
    const audit = db.$client
      .prepare("SELECT before, after FROM audit_events WHERE action = 'delete' AND entity_id = ?")
      .get(String(o.id)) as { before: string; after: null };
    expect(JSON.parse(audit.before).id).toBe(o.id);
    expect((await remove(o.id, 1)).status).toBe(404);
    expect((await send(app, 'DELETE', `/api/organizations/${o.id}`, undefined, editor)).status).toBe(400);
  });
});

describe('deleting an association something refers to', () => {
  it('is refused in Persian while a decision names it or a meeting approved it', async () => {
    const editor = await signIn(api, 'editor');
    const own = apiClient(app, editor).api;
    const create = async (extra: { approvedInMeetingId?: number } = {}) =>
      (
        await (
          await own.organizations.$post({ json: { ...valid, nameFa: `انجمن ارجاع ${Math.random()}`, ...extra } })
        ).json()
      ).organization;
    const named = await create();
    const meetingId = scalar('SELECT min(id) FROM meetings');
    const decision = await own.decisions.$post({
      json: { meetingId, text: 'نام تشکل', organizationIds: [named.id] },
    });
    expect(decision.status).toBe(201);
    const refused = await own.organizations[':id'].$delete({ ...byId(named.id), query: { version: '1' } });
    expect(refused.status).toBe(409);
    const body = await errorBody(refused);
    expect(body.error).toMatchObject({ code: 'in_use' });
    expect(body.error.message).toMatch(/۱ مصوبه نام برده شده/);
    expect(db.$client.prepare('SELECT count(*) FROM organizations WHERE id = ?').pluck().get(named.id)).toBe(1);

    const approved = await create({ approvedInMeetingId: meetingId });
    const second = await own.organizations[':id'].$delete({ ...byId(approved.id), query: { version: '1' } });
    expect(second.status).toBe(409);
    expect((await errorBody(second)).error.message).toMatch(/صورت‌جلسه/);
  });
});
