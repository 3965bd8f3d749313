// Accounts (admins only): the list, a new account with its role (the generated password is shown
// once), and disabling or re-enabling. Accounts are never deleted.
import { USER_ROLES, type UserRole, userCreateSchema } from '@hamgen/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { QueryBoundary } from '../../components/cards/query-boundary.tsx';
import { api } from '../../lib/api-client.ts';
import { invalidateAfterWrite, useAuth, writeInit } from '../../lib/auth.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { usersQueryOptions } from './api/admin-queries.ts';
import { isConflict, sendWrite, WriteError } from './api/send-write.ts';
import { ConflictAlert } from './components/conflict-alert.tsx';
import { FormAlert, SelectField, TextField } from './components/fields.tsx';
import { RequireRole } from './components/require-role.tsx';
import { errorsByPath, type FieldErrors, zodIssues } from './form-data.ts';

function NewUserForm() {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<UserRole>('viewer');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: () => sendWrite(api.api.users.$post({ json: { username, displayName, role } }, writeInit(csrfToken))),
    onSuccess: async () => {
      setUsername('');
      setDisplayName('');
      await invalidateAfterWrite(client, 'user');
    },
    onError: (error) => {
      if (error instanceof WriteError) setErrors(errorsByPath(error.issues));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = userCreateSchema.safeParse({ username, displayName, role });
    if (!parsed.success) return setErrors(errorsByPath(zodIssues(parsed.error)));
    setErrors({});
    create.mutate();
  };
  return (
    <form className="card admin-form form-grid" onSubmit={submit} noValidate aria-label={t('users.create')}>
      <FormAlert message={create.error?.message} />
      <TextField
        label={t('users.username')}
        value={username}
        error={errors.username}
        dir="ltr"
        onChange={setUsername}
      />
      <TextField
        label={t('users.displayName')}
        value={displayName}
        error={errors.displayName}
        onChange={setDisplayName}
      />
      <SelectField
        label={t('users.role')}
        value={role}
        options={USER_ROLES.map((r) => ({ value: r, label: t(`users.roles.${r}`) }))}
        onChange={setRole}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('users.create')}
        </button>
      </div>
      {create.data?.generatedPassword && (
        <output className="form-success">
          {t('users.generated', { username: create.data.user.username })}{' '}
          <code dir="ltr">{create.data.generatedPassword}</code>
        </output>
      )}
    </form>
  );
}

function UserList() {
  const { t } = useTranslation('admin');
  const { csrfToken, user: me } = useAuth();
  const client = useQueryClient();
  const query = useQuery(usersQueryOptions());
  const toggle = useMutation({
    mutationFn: (u: { id: number; version: number; disabled: boolean }) =>
      sendWrite(
        api.api.users[':id'].$patch(
          { param: { id: String(u.id) }, json: { version: u.version, disabled: !u.disabled } },
          writeInit(csrfToken),
        ),
      ),
    onSuccess: () => invalidateAfterWrite(client, 'user'),
  });
  return (
    <QueryBoundary query={query}>
      {({ rows }) => (
        <section className="card">
          {isConflict(toggle.error) ? (
            <ConflictAlert
              onReload={() => {
                toggle.reset();
                query.refetch();
              }}
            />
          ) : (
            <FormAlert message={toggle.error?.message} />
          )}
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('users.username')}</th>
                  <th scope="col">{t('users.displayName')}</th>
                  <th scope="col">{t('users.role')}</th>
                  <th scope="col">{t('users.state')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((u) => (
                  <tr key={u.id}>
                    <td dir="ltr">{u.username}</td>
                    <td>{u.displayName}</td>
                    <td>{t(`users.roles.${u.role}`)}</td>
                    <td>
                      {u.disabled ? t('users.disabled') : t('users.active')}{' '}
                      {u.id !== me?.id && (
                        <button
                          type="button"
                          className="button button-quiet"
                          disabled={toggle.isPending}
                          onClick={() => toggle.mutate(u)}
                        >
                          {u.disabled ? t('users.enable') : t('users.disable')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </QueryBoundary>
  );
}

export default function UsersPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('users.title'));
  return (
    <section className="admin-page">
      <Link href="/admin" className="back-link">
        {t('back')}
      </Link>
      <h1>{t('users.title')}</h1>
      <RequireRole need="admin">
        <NewUserForm />
        <UserList />
      </RequireRole>
    </section>
  );
}
