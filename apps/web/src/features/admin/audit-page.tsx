// The audit log (admins only, read-only): newest first, filtered by record type, user, action and
// Jalali date range; each event opens to its field changes, and the same filter exports as CSV.
import { AUDIT_ENTITIES, type AuditQuery } from '@hamgen/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/forms/fields.tsx';
import { Pagination } from '../../components/ui/pagination.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { auditQueryOptions } from '../../lib/api/audit-queries.ts';
import { formatNumber } from '../../lib/format.ts';
import { AdminPageShell } from './components/admin-page-shell.tsx';
import { AuditRow } from './components/audit-row.tsx';
import './secretariat-admin.css';

const ACTIONS = [
  'create',
  'update',
  'delete',
  'status_change',
  'import',
  'login',
  'logout',
  'password_change',
  'sessions_end',
];
const PAGE_SIZE = 25;

/** The filter as query text for the CSV link (the same names the list reads). */
function exportHref(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const key of ['entity', 'user', 'action', 'from', 'to'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return `/api/audit/export.csv${text ? `?${text}` : ''}`;
}

function AuditLog() {
  const { t, i18n } = useTranslation(['admin', 'secretariat']);
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: PAGE_SIZE });
  const set = (patch: Partial<AuditQuery>) => setQuery((q) => ({ ...q, ...patch, page: patch.page ?? 1 }));
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const result = useQuery(auditQueryOptions(query));

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
          onChange={(user) => set({ user: text(user)?.toLowerCase() })}
        />
        <TextField
          label={t('secretariat:audit.from')}
          value={query.from ?? ''}
          dir="ltr"
          placeholder={t('form.datePlaceholder')}
          onChange={(from) => set({ from: text(from) })}
        />
        <TextField
          label={t('secretariat:audit.to')}
          value={query.to ?? ''}
          dir="ltr"
          placeholder={t('form.datePlaceholder')}
          onChange={(to) => set({ to: text(to) })}
        />
        <a className="button button-quiet audit-export" href={exportHref(query)} download>
          {t('secretariat:audit.csv')}
        </a>
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
                      <th scope="col">{t('secretariat:audit.details')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <AuditRow key={r.id} event={r} />
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
  const { t } = useTranslation(['admin', 'secretariat']);
  return (
    <AdminPageShell title={t('audit.title')} need="admin">
      <AuditLog />
    </AdminPageShell>
  );
}
