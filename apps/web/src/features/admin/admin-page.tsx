// `/admin`: what this user may do. Editors record meetings and import; admins also see users
// and the audit log.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAuth } from '../../lib/api/auth-queries.ts';
import { AdminPageShell } from './components/admin-page-shell.tsx';
import { BackupStatus } from './components/backup-status.tsx';

function AdminLinks() {
  const { t } = useTranslation('admin');
  const { isAdmin } = useAuth();
  const links = [
    { href: '/admin/meetings/new', label: t('home.newMeeting'), hint: t('home.newMeetingHint') },
    { href: '/admin/associations/new', label: t('association.createTitle'), hint: t('home.newAssociationHint') },
    { href: '/admin/import', label: t('home.import'), hint: t('home.importHint') },
    { href: '/associations', label: t('home.associations'), hint: t('home.associationsHint') },
    ...(isAdmin
      ? [
          { href: '/admin/users', label: t('home.users'), hint: t('home.usersHint') },
          { href: '/admin/audit', label: t('home.audit'), hint: t('home.auditHint') },
        ]
      : []),
  ];
  return (
    <ul className="admin-links">
      {links.map((l) => (
        <li key={l.href} className="card">
          <Link href={l.href}>{l.label}</Link>
          <p>{l.hint}</p>
        </li>
      ))}
    </ul>
  );
}

export default function AdminPage() {
  const { t } = useTranslation('admin');
  return (
    <AdminPageShell title={t('home.title')} need="editor" back={null}>
      <AdminLinks />
      <BackupStatus />
    </AdminPageShell>
  );
}
