// The frame every secretariat page shares: its tab title, the way back, the heading and the role
// gate, so a new page cannot forget one of them.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { RequireRole } from './require-role.tsx';

interface Props {
  /** The tab's title, and the heading unless `heading` says otherwise. */
  title: string;
  /** null where the content heads itself (a record's name, known once it loads). */
  heading?: string | null;
  /** Who may see the content; none for the pages of signing in and the password. */
  need?: 'editor' | 'admin';
  /** The link above the heading; the secretariat's home unless said, none with null. */
  back?: { href: string; label: string } | null;
  className?: string;
  children: ReactNode;
}

export function AdminPageShell({ title, heading = title, need, back, className, children }: Props) {
  const { t } = useTranslation('admin');
  useDocumentTitle(title);
  const backLink = back === undefined ? { href: '/admin', label: t('back') } : back;
  return (
    <section className={className ? `admin-page ${className}` : 'admin-page'}>
      {backLink && (
        <Link href={backLink.href} className="back-link">
          {backLink.label}
        </Link>
      )}
      {heading !== null && <h1>{heading}</h1>}
      {need ? <RequireRole need={need}>{children}</RequireRole> : children}
    </section>
  );
}
