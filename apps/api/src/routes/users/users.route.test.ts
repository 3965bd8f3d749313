import { beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApi,
  createTestDb,
  createTestUser,
  login,
  scalarOf,
  send,
  signIn,
  TEST_PASSWORD,
  type TestSession,
} from '../../test/test-db.ts';
import { ensureInitialAdmin } from './accounts.ts';

const api = createTestApi();
const { app, db } = api;
const scalar = scalarOf(db);
let admin: TestSession;
beforeAll(async () => {
  admin = await signIn(api, 'admin');
});

interface UserBody {
  user: { id: number; username: string; role: string; disabled: boolean; version: number };
  generatedPassword?: string;
}
const me = async (cookie: string) =>
  ((await (await app.request('/api/auth/me', { headers: { cookie } })).json()) as { user: { role: string } | null })
    .user;

describe('users and roles', () => {
  it('creates a user with a generated password shown once, hashed with argon2id', async () => {
    const res = await send(
      app,
      'POST',
      '/api/users',
      { username: 'Secretary.One', role: 'editor', displayName: 'دبیرخانه' },
      admin,
    );
    expect(res.status).toBe(201);
    const body = (await res.json()) as UserBody;
    expect(body.user).toMatchObject({ username: 'secretary.one', role: 'editor', disabled: false });
    expect(body.generatedPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(JSON.stringify(body)).not.toMatch(/argon2|passwordHash/);
    expect(scalar('SELECT password_hash FROM users WHERE id = ?', body.user.id)).toMatch(/^\$argon2id\$/);
    expect((await login(app, 'secretary.one', body.generatedPassword)).user.role).toBe('editor');
    const list = (await (await app.request('/api/users', { headers: { cookie: admin.cookie } })).json()) as {
      rows: Record<string, unknown>[];
    };
    expect(list.rows.some((r) => r.username === 'secretary.one')).toBe(true);
    expect(list.rows.every((r) => !('passwordHash' in r))).toBe(true);
  });

  it('refuses a taken username and a short password with Persian field messages', async () => {
    const taken = await send(app, 'POST', '/api/users', { username: admin.user.username, role: 'viewer' }, admin);
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe('username');
    const short = await send(app, 'POST', '/api/users', { username: 'shorty', role: 'viewer', password: 'abc' }, admin);
    expect(short.status).toBe(400);
    expect(((await short.json()) as { error: { message: string } }).error.message).toMatch(/گذرواژه/);
  });

  it('changes a role (effective at once) and disables an account, ending its sessions', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const session = await login(app, user.username);
    const promoted = await send(app, 'PATCH', `/api/users/${user.id}`, { version: 1, role: 'editor' }, admin);
    expect(promoted.status).toBe(200);
    expect((await me(session.cookie))?.role).toBe('editor');
    const disabled = await send(app, 'PATCH', `/api/users/${user.id}`, { version: 2, disabled: true }, admin);
    expect(((await disabled.json()) as UserBody).user).toMatchObject({ disabled: true, version: 3 });
    expect(await me(session.cookie)).toBeNull();
    expect(scalar('SELECT count(*) FROM sessions WHERE user_id = ?', user.id)).toBe(0);
    expect((await send(app, 'PATCH', `/api/users/${user.id}`, { version: 2, disabled: false }, admin)).status).toBe(
      409,
    );
  });

  it('keeps at least one active admin', async () => {
    const fresh = createTestApi(createTestDb({ seed: false }));
    const only = await signIn(fresh, 'admin');
    const res = await send(fresh.app, 'PATCH', `/api/users/${only.user.id}`, { version: 1, role: 'viewer' }, only);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('last_admin');
  });
});

describe('passwords', () => {
  it('lets a user change their own with the current one, ending their other sessions', async () => {
    const user = await createTestUser(db, { role: 'viewer' });
    const here = await login(app, user.username);
    const elsewhere = await login(app, user.username);
    const wrong = await send(
      app,
      'POST',
      `/api/users/${user.id}/password`,
      { currentPassword: 'not-it-at-all', newPassword: 'brand-new-password' },
      here,
    );
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe(
      'currentPassword',
    );
    const res = await send(
      app,
      'POST',
      `/api/users/${user.id}/password`,
      { currentPassword: TEST_PASSWORD, newPassword: 'brand-new-password' },
      here,
    );
    expect(res.status).toBe(200);
    expect(await me(here.cookie)).not.toBeNull();
    expect(await me(elsewhere.cookie)).toBeNull();
    expect((await login(app, user.username, 'brand-new-password')).user.id).toBe(user.id);
  });

  it("lets an admin reset anyone's; others may not touch another user's", async () => {
    const user = await createTestUser(db, { role: 'editor' });
    const other = await signIn(api, 'editor');
    const denied = await send(
      app,
      'POST',
      `/api/users/${user.id}/password`,
      { currentPassword: TEST_PASSWORD, newPassword: 'hijacked-password' },
      other,
    );
    expect(denied.status).toBe(403);
    const reset = await send(
      app,
      'POST',
      `/api/users/${user.id}/password`,
      { newPassword: 'reset-by-the-admin' },
      admin,
    );
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
