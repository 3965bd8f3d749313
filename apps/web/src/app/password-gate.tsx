// A generated or reset password must be replaced before anything else: while the session says
// so, every page but the password form (and sign-in) leads there. The API refuses the writes too.
import type { ReactNode } from 'react';
import { Redirect, useLocation } from 'wouter';
import { useAuth } from '../lib/api/auth-queries.ts';

export const PASSWORD_PATH = '/account/password';

export function PasswordGate({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { user } = useAuth();
  if (user?.mustChangePassword && location !== PASSWORD_PATH && location !== '/login') {
    return <Redirect to={`${PASSWORD_PATH}?next=${encodeURIComponent(location)}`} replace />;
  }
  return <>{children}</>;
}
