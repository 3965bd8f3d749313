// Generated and reset passwords must be replaced at the next sign-in before anything else; an
// admin sees and ends a user's sessions.
import { describe, expect, it } from 'vitest';
import { apiClient, currentUser, errorBody } from '../../test/api-client.ts';
import { nationalAssociation } from '../../test/organization-bodies.ts';
import { createTestApiAs, createTestUser, login, type TestSession } from '../../test/test-db.ts';

const { app, db, scalar, session: admin } = await createTestApiAs('admin');
const users = (session: TestSession) => apiClient(app, session).api.users[':id'];
const byId = (id: number) => ({ param: { id: String(id) } });
const me = (session: TestSession) => currentUser(app, session.cookie);
const newOrganization = nationalAssociation({ nameFa: 'انجمن آزمون گذرواژه' });

describe('a generated password must be changed first', () => {
  it('flags a created account, refuses every other write in Persian, and clears after the change', async () => {
    const created = await (
      await apiClient(app, admin).api.users.$post({ json: { username: 'new.editor', role: 'editor' } })
    ).json();
    expect(created.user.mustChangePassword).toBe(true);
    const session = await login(app, 'new.editor', String(created.generatedPassword));
    expect(session.user.mustChangePassword).toBe(true);
    expect((await me(session))?.mustChangePassword).toBe(true);

    const organizations = apiClient(app, session).api.organizations;
    const write = await organizations.$post({ json: newOrganization });
    expect(write.status).toBe(403);
    const body = await errorBody(write);
    expect(body.error.code).toBe('password_change_required');
    expect(body.error.message).toMatch(/گذرواژه/);
    // Reading still works, and so does choosing the new password (only one's own).
    expect((await app.request('/api/organizations', { headers: { cookie: session.cookie } })).status).toBe(200);
    const someoneElse = await createTestUser(db, { role: 'viewer' });
    const other = await users(session).password.$post({
      ...byId(someoneElse.id),
      json: { newPassword: 'x'.repeat(12) },
    });
    expect(other.status).toBe(403);

    const changed = await users(session).password.$post({
      ...byId(created.user.id),
      json: { currentPassword: String(created.generatedPassword), newPassword: 'my-own-new-password' },
    });
    expect(changed.status).toBe(200);
    expect((await me(session))?.mustChangePassword).toBe(false);
    expect((await organizations.$post({ json: newOrganization })).status).toBe(201);
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
    const res = await users(admin)['password-reset'].$post(byId(user.id));
    expect(res.status).toBe(200);
    const { generatedPassword } = await res.json();
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
    await users(admin).password.$post({ ...byId(user.id), json: { newPassword: 'admin-chose-this' } });
    expect(scalar('SELECT must_change_password FROM users WHERE id = ?', user.id)).toBe(1);
  });
});

describe("a user's sessions", () => {
  it('are listed for an admin without their ids, and ended on request (audited)', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const a = await login(app, user.username);
    await login(app, user.username);
    const list = await (await users(admin).sessions.$get(byId(user.id))).json();
    expect(list.rows).toHaveLength(2);
    expect(list.rows.every((r) => r.tag.length === 8 && !r.current)).toBe(true);
    expect(JSON.stringify(list)).not.toMatch(/"id"/);

    const ended = await users(admin).sessions.$delete(byId(user.id));
    expect(await ended.json()).toEqual({ ended: 2 });
    expect(await me(a)).toBeNull();
    expect(
      scalar("SELECT count(*) FROM audit_events WHERE action = 'sessions_end' AND entity_id = ?", String(user.id)),
    ).toBe(1);
    expect((await users(admin).sessions.$get(byId(999999))).status).toBe(404);
  });

  it("ending an admin's own sessions keeps the one they are using", async () => {
    const other = await login(app, admin.user.username);
    await users(admin).sessions.$delete(byId(admin.user.id));
    expect(await me(admin)).not.toBeNull();
    expect(await me(other)).toBeNull();
  });
});
