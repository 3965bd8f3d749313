// Admin pages render only for the roles that may use them; the API refuses the rest anyway.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LoadingState } from '../../../components/ui/status.tsx';
import { useAuth } from '../../../lib/api/auth-queries.ts';

export function RequireRole({ need, children }: { need: 'editor' | 'admin'; children: ReactNode }) {
  const { t } = useTranslation('admin');
  const [location] = useLocation();
  const auth = useAuth();
  if (auth.isPending) return <LoadingState />;
  if (!auth.user) {
    return (
      <section className="state">
        <p>{t('guard.signIn')}</p>
        <Link href={`/login?next=${encodeURIComponent(location)}`} className="button">
          {t('guard.signInLink')}
        </Link>
      </section>
    );
  }
  const allowed = need === 'admin' ? auth.isAdmin : auth.isEditor;
  if (!allowed) return <p className="state state-error">{t('guard.forbidden')}</p>;
  return <>{children}</>;
}
