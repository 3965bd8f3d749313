// The header's account control: «ورود» for a reader, the user's name and «خروج» once signed in.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { setSignedIn, useAuth } from '../lib/api/auth-queries.ts';
import { api } from '../lib/api/client.ts';
import { writeInit } from '../lib/api/csrf-header.ts';
import { readAnswer } from '../lib/api/read-answer.ts';

export function AccountMenu() {
  const { t } = useTranslation();
  const [location, navigate] = useLocation();
  const client = useQueryClient();
  const { user, csrfToken, isPending } = useAuth();
  const logout = useMutation({
    mutationFn: () => readAnswer(api.api.auth.logout.$post(undefined, writeInit(csrfToken))),
    onSuccess: async (data) => {
      await setSignedIn(client, data);
      if (location.startsWith('/admin')) navigate('/');
    },
  });

  if (isPending) return null;
  if (!user) {
    const next = location === '/login' ? '' : `?next=${encodeURIComponent(location)}`;
    return (
      <Link href={`/login${next}`} className="account-menu nav-link">
        {t('account.login')}
      </Link>
    );
  }
  return (
    <div className="account-menu">
      <span className="account-name" title={user.username}>
        {user.displayName || user.username}
      </span>
      <Link href="/account/password" className="nav-link">
        {t('account.password')}
      </Link>
      <button type="button" className="button button-quiet" disabled={logout.isPending} onClick={() => logout.mutate()}>
        {t('account.logout')}
      </button>
    </div>
  );
}
