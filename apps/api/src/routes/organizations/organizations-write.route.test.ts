import { compactFa } from '@hamgen/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, scalarOf, send, signIn, type TestSession } from '../../test/test-db.ts';

const api = createTestApi();
const { app, db } = api;
const scalar = scalarOf(db);
let editor: TestSession;
beforeAll(async () => {
  editor = await signIn(api, 'editor');
});

interface Written {
  organization: {
    id: number;
    version: number;
    jalaliYear: number;
    establishedOn: string;
    source: string;
    status: string;
    members: number;
  };
}
interface Failure {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

const valid = {
  nameFa: 'انجمن صنايع همگن كاشي استان قم',
  kind: 'provincial_association',
  provinceCode: 'IR-25',
  sectorCode: 'non-metallic',
  establishedOn: '۱۴۰۳/۰۵/۱۲',
  status: 'forming',
  members: '۱۲',
};
const overview = async (query: string) =>
  ((await (await app.request(`/api/stats/overview?${query}`)).json()) as { kpis: { total: number; formed: number } })
    .kpis;
const row = (id: number) =>
  db.$client.prepare('SELECT * FROM organizations WHERE id = ?').get(id) as Record<string, unknown>;

describe('POST /api/organizations', () => {
  it('creates the row with jalali_year, search_text and source manual, and the stats show it at once', async () => {
    const before = await overview('from=1403&to=1403');
    const res = await send(app, 'POST', '/api/organizations', valid, editor);
    expect(res.status).toBe(201);
    const { organization } = (await res.json()) as Written;
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
    const after = await overview('from=1403&to=1403');
    expect(after.formed).toBe(before.formed + 1);
    expect(after.total).toBe(before.total + 1);
    // Found by search typed with Persian letters.
    const found = await (await app.request(`/api/organizations?q=${encodeURIComponent('کاشی قم')}`)).json();
    expect((found as { rows: { id: number }[] }).rows.map((r) => r.id)).toContain(organization.id);
  });

  it('refuses an impossible Jalali date with a Persian message naming the field', async () => {
    const res = await send(app, 'POST', '/api/organizations', { ...valid, establishedOn: '1400/12/30' }, editor);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as Failure;
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
    const { error } = (await res.json()) as Failure;
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
    const res = await send(app, 'POST', '/api/organizations', { ...valid, nameFa: 'ا'.repeat(1024 * 1024) }, editor);
    expect(res.status).toBe(413);
    expect(((await res.json()) as Failure).error.message).toMatch(/مگابایت/);
  });

  it('requires a province except for a national association', async () => {
    const provincial = await send(app, 'POST', '/api/organizations', { ...valid, provinceCode: null }, editor);
    expect(((await provincial.json()) as Failure).error.issues?.[0]?.path).toBe('provinceCode');
    const national = await send(app, 'POST', '/api/organizations', { ...valid, kind: 'national_association' }, editor);
    expect(national.status).toBe(400);
  });
});

describe('PATCH and DELETE /api/organizations/:id', () => {
  const create = async () =>
    (
      (await (
        await send(app, 'POST', '/api/organizations', { ...valid, nameFa: `انجمن ${Math.random()}` }, editor)
      ).json()) as Written
    ).organization;

  it('changes the fields given, bumps the version and keeps jalali_year in step', async () => {
    const o = await create();
    const res = await send(
      app,
      'PATCH',
      `/api/organizations/${o.id}`,
      { version: 1, establishedOn: '1399/12/30', nameFa: 'انجمن تازه‌نام' },
      editor,
    );
    expect(res.status).toBe(200);
    const { organization } = (await res.json()) as Written;
    expect(organization).toMatchObject({ version: 2, jalaliYear: 1399, establishedOn: '2021-03-20' });
    expect(row(o.id).search_text).toBe('انجمنتازهنام');
    expect(
      scalar("SELECT happened_on FROM organization_events WHERE organization_id = ? AND type = 'formed'", o.id),
    ).toBe('2021-03-20');
  });

  it('answers a stale version with 409 and leaves the row unchanged', async () => {
    const o = await create();
    expect((await send(app, 'PATCH', `/api/organizations/${o.id}`, { version: 1, members: 40 }, editor)).status).toBe(
      200,
    );
    const stored = row(o.id);
    const stale = await send(
      app,
      'PATCH',
      `/api/organizations/${o.id}`,
      { version: 1, members: 99, status: 'dissolved' },
      editor,
    );
    expect(stale.status).toBe(409);
    const { error } = (await stale.json()) as Failure;
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/کس دیگری/);
    expect(row(o.id)).toEqual(stored);
    const staleDelete = await send(app, 'DELETE', `/api/organizations/${o.id}?version=1`, undefined, editor);
    expect(staleDelete.status).toBe(409);
    expect(row(o.id)).toEqual(stored);
  });

  it('records a status change in the history and the audit log with its note', async () => {
    const o = await create();
    const res = await send(
      app,
      'PATCH',
      `/api/organizations/${o.id}`,
      { version: 1, status: 'active', note: 'مجمع عمومی برگزار شد' },
      editor,
    );
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
    const before = await overview('');
    const res = await send(app, 'DELETE', `/api/organizations/${o.id}?version=1`, undefined, editor);
    expect(res.status).toBe(200);
    expect(row(o.id)).toBeUndefined();
    expect((await overview('')).total).toBe(before.total - 1);
    const audit = db.$client
      .prepare("SELECT before, after FROM audit_events WHERE action = 'delete' AND entity_id = ?")
      .get(String(o.id)) as { before: string; after: null };
    expect(JSON.parse(audit.before).id).toBe(o.id);
    expect((await send(app, 'DELETE', `/api/organizations/${o.id}?version=1`, undefined, editor)).status).toBe(404);
    expect((await send(app, 'DELETE', `/api/organizations/${o.id}`, undefined, editor)).status).toBe(400);
  });
});

describe('deleting an association something refers to', () => {
  it('is refused in Persian while a decision names it or a meeting approved it', async () => {
    const editor = await signIn(api, 'editor');
    const create = async (extra: object = {}) =>
      (
        (await (
          await send(
            app,
            'POST',
            '/api/organizations',
            { ...valid, nameFa: `انجمن ارجاع ${Math.random()}`, ...extra },
            editor,
          )
        ).json()) as {
          organization: { id: number; version: number };
        }
      ).organization;
    const named = await create();
    const meetingId = db.$client.prepare('SELECT min(id) FROM meetings').pluck().get() as number;
    const decision = await send(
      app,
      'POST',
      '/api/decisions',
      { meetingId, text: 'نام تشکل', organizationIds: [named.id] },
      editor,
    );
    expect(decision.status).toBe(201);
    const refused = await send(app, 'DELETE', `/api/organizations/${named.id}?version=1`, undefined, editor);
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: 'in_use' });
    expect(body.error.message).toMatch(/۱ مصوبه نام برده شده/);
    expect(db.$client.prepare('SELECT count(*) FROM organizations WHERE id = ?').pluck().get(named.id)).toBe(1);

    const approved = await create({ approvedInMeetingId: meetingId });
    const second = await send(app, 'DELETE', `/api/organizations/${approved.id}?version=1`, undefined, editor);
    expect(second.status).toBe(409);
    expect(((await second.json()) as { error: { message: string } }).error.message).toMatch(/صورت‌جلسه/);
  });
});
