// CSRF: Hono's csrf() refuses form-like posts from another origin, and every write of a signed-in
// user must carry the session's token in X-CSRF-Token. Nothing is written when either fails.
import { describe, expect, it } from 'vitest';
import { errorBody, whoAmI } from '../../test/api-client.ts';
import { nationalAssociation } from '../../test/organization-bodies.ts';
import { createTestApi, send, signIn, TEST_ORIGIN } from '../../test/test-db.ts';
import { csrfTokenMatches, csrfTokenOf, newSessionToken } from './tokens.ts';

const api = createTestApi();
const { app, scalar } = api;
const body = nationalAssociation({ nameFa: 'انجمن آزمون CSRF' });
const count = () => scalar("SELECT count(*) FROM organizations WHERE name_fa = 'انجمن آزمون CSRF'");
const errorCode = async (res: Response) => (await errorBody(res)).error.code;

describe('cross-origin posts', () => {
  it('refuses a form post from another origin (403), even with a valid cookie and token', async () => {
    const editor = await signIn(api, 'editor');
    const res = await app.request('/api/organizations', {
      method: 'POST',
      headers: {
        ...editor.headers,
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'nameFa=x',
    });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('cross_origin');
    const form = new FormData();
    form.set('file', new File(['name_fa\n'], 'x.csv'));
    const upload = await app.request('/api/import/organizations', {
      method: 'POST',
      headers: { ...editor.headers, origin: 'https://evil.example' },
      body: form,
    });
    expect(upload.status).toBe(403);
    expect(await errorCode(upload)).toBe('cross_origin');
  });

  it('accepts the same form post from our own origin', async () => {
    const editor = await signIn(api, 'editor');
    const form = new FormData();
    form.set(
      'file',
      new File(['name_fa,kind,province,sector,established_on,status\nانجمن,ملی,,food,1403/01/01,فعال\n'], 'x.csv'),
    );
    const res = await app.request('/api/import/organizations', { method: 'POST', headers: editor.headers, body: form });
    expect(res.status).toBe(200);
  });
});

describe('the per-session CSRF token', () => {
  it('refuses a write without the X-CSRF-Token header, and writes nothing', async () => {
    const editor = await signIn(api, 'editor');
    const res = await app.request('/api/organizations', {
      method: 'POST',
      headers: { cookie: editor.cookie, origin: TEST_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('csrf_token_invalid');
    expect(count()).toBe(0);
  });

  it("refuses another session's token", async () => {
    const editor = await signIn(api, 'editor');
    const other = await signIn(api, 'editor');
    const res = await send(app, 'POST', '/api/organizations', body, {
      ...editor,
      headers: { ...editor.headers, 'x-csrf-token': other.csrfToken },
    });
    expect(res.status).toBe(403);
    expect(count()).toBe(0);
  });

  it('accepts the token /api/auth/me gives', async () => {
    const editor = await signIn(api, 'editor');
    expect(await whoAmI(app, editor.cookie)).toMatchObject({ csrfToken: editor.csrfToken });
    const res = await send(app, 'POST', '/api/organizations', body, editor);
    expect(res.status).toBe(201);
    expect(count()).toBe(1);
  });

  it('derives the token from the session token, different per session, compared safely', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(csrfTokenOf(a)).not.toBe(csrfTokenOf(b));
    expect(csrfTokenOf(a)).not.toContain(a);
    expect(csrfTokenMatches(a, csrfTokenOf(a))).toBe(true);
    expect(csrfTokenMatches(a, csrfTokenOf(b))).toBe(false);
    expect(csrfTokenMatches(a, undefined)).toBe(false);
    expect(csrfTokenMatches(a, `${csrfTokenOf(a)}x`)).toBe(false);
  });
});
