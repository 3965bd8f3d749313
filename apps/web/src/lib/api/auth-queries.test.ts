import { describe, expect, it } from 'vitest';
import { authView, type MeData } from './auth-queries.ts';

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
