// The audit log (admins only, read-only): newest first, filtered by record type, user, action.
import { AUDIT_ENTITIES, type AuditQuery } from '@hamgen/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { QueryBoundary } from '../../components/cards/query-boundary.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { auditQueryOptions } from './api/admin-queries.ts';
import { SelectField, TextField } from './components/fields.tsx';
import { RequireRole } from './components/require-role.tsx';

const ACTIONS = ['create', 'update', 'delete', 'status_change', 'import', 'login', 'logout', 'password_change'];
const PAGE_SIZE = 25;

function AuditLog() {
  const { t, i18n } = useTranslation('admin');
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: PAGE_SIZE });
  const set = (patch: Partial<AuditQuery>) => setQuery((q) => ({ ...q, ...patch, page: patch.page ?? 1 }));
  const result = useQuery(auditQueryOptions(query));
  const when = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fa-IR', {
    dateStyle: 'short',
    timeStyle: 'short',
  });

  return (
    <>
      <fieldset className="filters card">
        <legend className="visually-hidden">{t('audit.filters')}</legend>
        <SelectField
          label={t('audit.entity')}
          value={query.entity ?? ''}
          options={[
            { value: '', label: t('audit.all') },
            ...AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`audit.entities.${e}`) })),
          ]}
          onChange={(entity) => set({ entity: entity === '' ? undefined : entity })}
        />
        <SelectField
          label={t('audit.action')}
          value={query.action ?? ''}
          options={[
            { value: '', label: t('audit.all') },
            ...ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) })),
          ]}
          onChange={(action) => set({ action: action === '' ? undefined : action })}
        />
        <TextField
          label={t('audit.user')}
          value={query.user ?? ''}
          dir="ltr"
          onChange={(user) => set({ user: user.trim() === '' ? undefined : user.trim().toLowerCase() })}
        />
      </fieldset>
      <QueryBoundary query={result}>
        {({ rows, total, page, pageSize }) =>
          rows.length === 0 ? (
            <EmptyState message={t('audit.none')} />
          ) : (
            <section className="card">
              <p className="list-count">{t('audit.total', { n: formatNumber(total, i18n.language) })}</p>
              <div className="table-scroll">
                <table className="data-table audit-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('audit.at')}</th>
                      <th scope="col">{t('audit.user')}</th>
                      <th scope="col">{t('audit.action')}</th>
                      <th scope="col">{t('audit.entity')}</th>
                      <th scope="col">{t('audit.entityId')}</th>
                      <th scope="col">{t('audit.outcome')}</th>
                      <th scope="col">{t('audit.note')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.id} data-outcome={r.outcome}>
                        <td>{when.format(new Date(r.at))}</td>
                        <td dir="ltr">{r.username ?? '—'}</td>
                        <td>{t(`audit.actions.${r.action}`, { defaultValue: r.action })}</td>
                        <td>{t(`audit.entities.${r.entity}`, { defaultValue: r.entity })}</td>
                        <td className="num">{r.entityId ?? '—'}</td>
                        <td>{t(`audit.outcomes.${r.outcome}`, { defaultValue: r.outcome })}</td>
                        <td>{r.note ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pagination page={page} pageSize={pageSize} total={total} onPage={(p) => set({ page: p })} />
            </section>
          )
        }
      </QueryBoundary>
    </>
  );
}

export default function AuditPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('audit.title'));
  return (
    <section className="admin-page">
      <Link href="/admin" className="back-link">
        {t('back')}
      </Link>
      <h1>{t('audit.title')}</h1>
      <RequireRole need="admin">
        <AuditLog />
      </RequireRole>
    </section>
  );
}
