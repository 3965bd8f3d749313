import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { authView, type MeData, meQueryOptions, setSignedIn } from './auth-queries.ts';

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

describe('setSignedIn', () => {
  it('replaces the session answer and marks every other answer stale', async () => {
    const client = new QueryClient();
    client.setQueryData(['users'], 1);
    client.setQueryData(['stats', 'overview', {}], 1);
    await setSignedIn(client, signedIn('admin'));
    expect(client.getQueryData(meQueryOptions().queryKey)).toEqual(signedIn('admin'));
    expect(client.getQueryState(meQueryOptions().queryKey)?.isInvalidated).toBe(false);
    expect(client.getQueryState(['users'])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['stats', 'overview', {}])?.isInvalidated).toBe(true);
  });
});
