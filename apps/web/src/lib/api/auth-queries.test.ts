import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { authView, invalidateAfterWrite, type MeData, writeInit } from './auth.ts';

const signedIn = (role: 'viewer' | 'editor' | 'admin'): MeData => ({
  user: { id: 1, username: 'u', displayName: 'کاربر', role, mustChangePassword: false },
  csrfToken: 'tok',
});

describe('authView', () => {
  it.each([
    ['anonymous', { user: null } as MeData, { role: null, isEditor: false, isAdmin: false, csrfToken: null }],
    ['viewer', signedIn('viewer'), { role: 'viewer', isEditor: false, isAdmin: false, csrfToken: 'tok' }],
    ['editor', signedIn('editor'), { role: 'editor', isEditor: true, isAdmin: false, csrfToken: 'tok' }],
    ['admin', signedIn('admin'), { role: 'admin', isEditor: true, isAdmin: true, csrfToken: 'tok' }],
  ] as const)('%s', (_name, data, expected) => {
    expect(authView(data)).toMatchObject(expected);
  });

  it('offers nothing while the session is unknown', () => {
    expect(authView(undefined, true)).toMatchObject({ user: null, isEditor: false, isPending: true });
  });
});

describe('writeInit', () => {
  it('sends the CSRF token as a header', () => {
    expect(writeInit('abc')).toEqual({ headers: { 'X-CSRF-Token': 'abc' } });
  });
});

describe('invalidateAfterWrite', () => {
  it('marks the overview figures and the changed lists stale, and leaves the session alone', async () => {
    const client = new QueryClient();
    for (const key of [
      ['stats', 'overview', {}],
      ['meetings', 'list', {}],
      ['auth', 'me'],
      ['provinces', 'sheet'],
    ]) {
      client.setQueryData(key, 1);
    }
    await invalidateAfterWrite(client, 'meeting');
    const stale = (key: unknown[]) => client.getQueryState(key)?.isInvalidated;
    expect(stale(['stats', 'overview', {}])).toBe(true);
    expect(stale(['meetings', 'list', {}])).toBe(true);
    expect(stale(['auth', 'me'])).toBe(false);
    expect(stale(['provinces', 'sheet'])).toBe(false);
  });
});
