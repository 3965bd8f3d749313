import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { AccountMenu } from '../components/account-menu.tsx';
import { SearchBox } from '../components/search-box.tsx';
import { SettingsSwitch } from '../components/settings-switch.tsx';
import { useAuth } from '../lib/api/auth-queries.ts';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  // A section stays marked on its detail pages (/meetings/5 under «جلسات»).
  const active = href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
  return (
    <Link href={href} className="nav-link" aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { isEditor } = useAuth();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="nav">
          <NavLink href="/">{t('nav.overview')}</NavLink>
          <NavLink href="/compare">{t('nav.compare')}</NavLink>
          <NavLink href="/associations">{t('nav.associations')}</NavLink>
          <NavLink href="/meetings">{t('nav.meetings')}</NavLink>
          <NavLink href="/decisions">{t('nav.decisions')}</NavLink>
          {isEditor && <NavLink href="/admin">{t('nav.admin')}</NavLink>}
        </nav>
        <SearchBox />
        <SettingsSwitch />
        <AccountMenu />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">{t('app.ministry')}</footer>
    </>
  );
}
