import { describe, expect, it } from 'vitest';
import { apiClient, currentUser, errorBody } from '../../test/api-client.ts';
import {
  createTestApi,
  createTestApiAs,
  createTestDb,
  createTestUser,
  login,
  send,
  signIn,
  TEST_PASSWORD,
  type TestSession,
} from '../../test/test-db.ts';
import { ensureInitialAdmin } from './accounts.ts';

const api = await createTestApiAs('admin');
const { app, db, scalar, session: admin } = api;
const users = apiClient(app, admin).api.users;
const me = (cookie: string) => currentUser(app, cookie);
const setPassword = (id: number, json: { currentPassword?: string; newPassword: string }, session: TestSession) =>
  apiClient(app, session).api.users[':id'].password.$post({ param: { id: String(id) }, json });

describe('users and roles', () => {
  it('creates a user with a generated password shown once, hashed with argon2id', async () => {
    const res = await users.$post({ json: { username: 'Secretary.One', role: 'editor', displayName: 'دبیرخانه' } });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.user).toMatchObject({ username: 'secretary.one', role: 'editor', disabled: false });
    expect(body.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(JSON.stringify(body)).not.toMatch(/argon2|passwordHash/);
    expect(scalar('SELECT password_hash FROM users WHERE id = ?', body.user.id)).toMatch(/^\$argon2id\$/);
    expect((await login(app, 'secretary.one', String(body.generatedPassword))).user.role).toBe('editor');
    const list = await (await users.$get()).json();
    expect(list.rows.some((r) => r.username === 'secretary.one')).toBe(true);
    expect(list.rows.every((r) => !('passwordHash' in r))).toBe(true);
  });

  it('refuses a taken username and a short password with Persian field messages', async () => {
    const taken = await users.$post({ json: { username: admin.user.username, role: 'viewer' } });
    expect(taken.status).toBe(409);
    expect((await errorBody(taken)).error.issues?.[0]?.path).toBe('username');
    const short = await users.$post({ json: { username: 'shorty', role: 'viewer', password: 'abc' } });
    expect(short.status).toBe(400);
    expect((await errorBody(short)).error.message).toMatch(/گذرواژه/);
  });

  it('changes a role (effective at once) and disables an account, ending its sessions', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const session = await login(app, user.username);
    const update = (json: { version: number; role?: 'editor'; disabled?: boolean }) =>
      users[':id'].$patch({ param: { id: String(user.id) }, json });
    const promoted = await update({ version: 1, role: 'editor' });
    expect(promoted.status).toBe(200);
    expect((await me(session.cookie))?.role).toBe('editor');
    const disabled = await update({ version: 2, disabled: true });
    expect((await disabled.json()).user).toMatchObject({ disabled: true, version: 3 });
    expect(await me(session.cookie)).toBeNull();
    expect(scalar('SELECT count(*) FROM sessions WHERE user_id = ?', user.id)).toBe(0);
    expect((await update({ version: 2, disabled: false })).status).toBe(409);
  });

  it('keeps at least one active admin', async () => {
    const fresh = createTestApi(createTestDb({ seed: false }));
    const only = await signIn(fresh, 'admin');
    const res = await send(fresh.app, 'PATCH', `/api/users/${only.user.id}`, { version: 1, role: 'viewer' }, only);
    expect(res.status).toBe(409);
    expect((await errorBody(res)).error.code).toBe('last_admin');
  });
});

describe('passwords', () => {
  it('lets a user change their own with the current one, ending their other sessions', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const here = await login(app, user.username);
    const elsewhere = await login(app, user.username);
    const wrong = await setPassword(
      user.id,
      { currentPassword: 'not-it-at-all', newPassword: 'brand-new-password' },
      here,
    );
    expect(wrong.status).toBe(400);
    expect((await errorBody(wrong)).error.issues?.[0]?.path).toBe('currentPassword');
    const res = await setPassword(user.id, { currentPassword: TEST_PASSWORD, newPassword: 'brand-new-password' }, here);
    expect(res.status).toBe(200);
    expect(await me(here.cookie)).not.toBeNull();
    expect(await me(elsewhere.cookie)).toBeNull();
    expect((await login(app, user.username, 'brand-new-password')).user.id).toBe(user.id);
  });

  it("lets an admin reset anyone's; others may not touch another user's", async () => {
    const user = await createTestUser(db, { role: 'editor' });
    const other = await signIn(api, 'editor');
    const denied = await setPassword(
      user.id,
      { currentPassword: TEST_PASSWORD, newPassword: 'hijacked-password' },
      other,
    );
    expect(denied.status).toBe(403);
    const reset = await setPassword(user.id, { newPassword: 'reset-by-the-admin' }, admin);
    expect(reset.status).toBe(200);
    expect((await login(app, user.username, 'reset-by-the-admin')).user.id).toBe(user.id);
    expect(
      scalar(
        "SELECT count(*) FROM audit_events WHERE action = 'password_change' AND entity_id = ? AND note = 'reset_by_admin'",
        String(user.id),
      ),
    ).toBe(1);
  });
});

describe('the first admin', () => {
  it('is created once with a generated password, never again', async () => {
    const fresh = createTestDb({ seed: false });
    const password = await ensureInitialAdmin(fresh);
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await ensureInitialAdmin(fresh)).toBeNull();
    const { app: freshApp } = createTestApi(fresh);
    expect((await login(freshApp, 'admin', password as string)).user.role).toBe('admin');
  });
});
