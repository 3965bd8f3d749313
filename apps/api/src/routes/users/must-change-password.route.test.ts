// Generated and reset passwords must be replaced at the next sign-in before anything else; an
// admin sees and ends a user's sessions.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, createTestUser, login, scalarOf, send, signIn, type TestSession } from '../../test/test-db.ts';

const api = createTestApi();
const { app, db } = api;
const scalar = scalarOf(db);
let admin: TestSession;

beforeAll(async () => {
  admin = await signIn(api, 'admin');
});

const json = async <T>(res: Response) => (await res.json()) as T;
const me = async (session: TestSession) =>
  (
    await json<{ user: { mustChangePassword: boolean } | null }>(
      await app.request('/api/auth/me', { headers: { cookie: session.cookie } }),
    )
  ).user;
const newOrganization = {
  nameFa: 'انجمن آزمون گذرواژه',
  kind: 'national_association',
  provinceCode: null,
  sectorCode: 'food',
  establishedOn: '1403/01/01',
  status: 'active',
};

describe('a generated password must be changed first', () => {
  it('flags a created account, refuses every other write in Persian, and clears after the change', async () => {
    const created = await json<{
      user: { id: number; username: string; mustChangePassword: boolean };
      generatedPassword: string;
    }>(await send(app, 'POST', '/api/users', { username: 'new.editor', role: 'editor' }, admin));
    expect(created.user.mustChangePassword).toBe(true);
    const session = await login(app, 'new.editor', created.generatedPassword);
    expect((session.user as { mustChangePassword?: boolean }).mustChangePassword).toBe(true);
    expect((await me(session))?.mustChangePassword).toBe(true);

    const write = await send(app, 'POST', '/api/organizations', newOrganization, session);
    expect(write.status).toBe(403);
    const body = await json<{ error: { code: string; message: string } }>(write);
    expect(body.error.code).toBe('password_change_required');
    expect(body.error.message).toMatch(/گذرواژه/);
    // Reading still works, and so does choosing the new password (only one's own).
    expect((await app.request('/api/organizations', { headers: { cookie: session.cookie } })).status).toBe(200);
    const someoneElse = await createTestUser(db, { role: 'viewer' });
    const other = await send(
      app,
      'POST',
      `/api/users/${someoneElse.id}/password`,
      { newPassword: 'x'.repeat(12) },
      session,
    );
    expect(other.status).toBe(403);

    const changed = await send(
      app,
      'POST',
      `/api/users/${created.user.id}/password`,
      { currentPassword: created.generatedPassword, newPassword: 'my-own-new-password' },
      session,
    );
    expect(changed.status).toBe(200);
    expect((await me(session))?.mustChangePassword).toBe(false);
    expect((await send(app, 'POST', '/api/organizations', newOrganization, session)).status).toBe(201);
  });

  it('a password the creator chose is not flagged', async () => {
    const user = await createTestUser(db, { role: 'editor' });
    expect(scalar('SELECT must_change_password FROM users WHERE id = ?', user.id)).toBe(0);
  });
});

describe('an admin resets a password', () => {
  it('gets a one-time password once; the user’s sessions end and the new one must be changed', async () => {
    const user = await createTestUser(db, { role: 'editor' });
    const old = await login(app, user.username);
    const res = await send(app, 'POST', `/api/users/${user.id}/password-reset`, undefined, admin);
    expect(res.status).toBe(200);
    const { generatedPassword } = await json<{ generatedPassword: string }>(res);
    expect(generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await me(old)).toBeNull();
    await expect(login(app, user.username)).rejects.toThrow(/401/);
    const fresh = await login(app, user.username, generatedPassword);
    expect((await me(fresh))?.mustChangePassword).toBe(true);
    expect(
      scalar(
        "SELECT count(*) FROM audit_events WHERE action = 'password_change' AND note = 'reset_by_admin' AND entity_id = ?",
        String(user.id),
      ),
    ).toBe(1);
  });

  it('an admin-chosen reset password is flagged too', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    await send(app, 'POST', `/api/users/${user.id}/password`, { newPassword: 'admin-chose-this' }, admin);
    expect(scalar('SELECT must_change_password FROM users WHERE id = ?', user.id)).toBe(1);
  });
});

describe("a user's sessions", () => {
  it('are listed for an admin without their ids, and ended on request (audited)', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const a = await login(app, user.username);
    await login(app, user.username);
    const list = await json<{ rows: { tag: string; ip: string | null; current: boolean; lastSeenAt: number }[] }>(
      await app.request(`/api/users/${user.id}/sessions`, { headers: { cookie: admin.cookie } }),
    );
    expect(list.rows).toHaveLength(2);
    expect(list.rows.every((r) => r.tag.length === 8 && !r.current)).toBe(true);
    expect(JSON.stringify(list)).not.toMatch(/"id"/);

    const ended = await send(app, 'DELETE', `/api/users/${user.id}/sessions`, undefined, admin);
    expect(await json<{ ended: number }>(ended)).toEqual({ ended: 2 });
    expect(await me(a)).toBeNull();
    expect(
      scalar("SELECT count(*) FROM audit_events WHERE action = 'sessions_end' AND entity_id = ?", String(user.id)),
    ).toBe(1);
    expect((await app.request('/api/users/999999/sessions', { headers: { cookie: admin.cookie } })).status).toBe(404);
  });

  it("ending an admin's own sessions keeps the one they are using", async () => {
    const other = await login(app, admin.user.username);
    await send(app, 'DELETE', `/api/users/${admin.user.id}/sessions`, undefined, admin);
    expect(await me(admin)).not.toBeNull();
    expect(await me(other)).toBeNull();
  });
});
