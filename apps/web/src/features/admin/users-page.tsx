// Accounts (admins only): the list, a new account with its role (the generated password is shown
// once, and must be changed at the first sign-in), and per account its role, disabling, a
// password reset and its sessions (components/user-row.tsx). Accounts are never deleted.
import { USER_ROLES, type UserRole, userCreateSchema } from '@hamgen/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsByPath, type FieldErrors, zodIssues } from '../../components/forms/field-errors.ts';
import { FormAlert, SelectField, TextField } from '../../components/forms/fields.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { useAuth } from '../../lib/api/auth-queries.ts';
import { api } from '../../lib/api/client.ts';
import { writeInit } from '../../lib/api/csrf-header.ts';
import { invalidateAfterWrite } from '../../lib/api/invalidate-after-write.ts';
import { ApiRequestError, readAnswer } from '../../lib/api/read-answer.ts';
import { usersQueryOptions } from '../../lib/api/user-queries.ts';
import { AdminPageShell } from './components/admin-page-shell.tsx';
import { OneTimePassword } from './components/one-time-password.tsx';
import './secretariat-admin.css';
import { UserRow } from './components/user-row.tsx';

function NewUserForm() {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<UserRole>('viewer');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: () => readAnswer(api.api.users.$post({ json: { username, displayName, role } }, writeInit(csrfToken))),
    onSuccess: async () => {
      setUsername('');
      setDisplayName('');
      await invalidateAfterWrite(client, 'user');
    },
    onError: (error) => {
      if (error instanceof ApiRequestError) setErrors(errorsByPath(error.issues));
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
        <OneTimePassword username={create.data.user.username} password={create.data.generatedPassword} />
      )}
    </form>
  );
}

function UserList() {
  const { t } = useTranslation(['admin', 'secretariat']);
  const query = useQuery(usersQueryOptions());
  return (
    <QueryBoundary query={query}>
      {({ rows }) => (
        <section className="card">
          <div className="table-scroll">
            <table className="data-table users-table">
              <thead>
                <tr>
                  <th scope="col">{t('users.username')}</th>
                  <th scope="col">{t('users.displayName')}</th>
                  <th scope="col">{t('users.role')}</th>
                  <th scope="col">{t('users.state')}</th>
                  <th scope="col">{t('secretariat:users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((u) => (
                  <UserRow key={u.id} user={u} />
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
  const { t } = useTranslation(['admin', 'secretariat']);
  return (
    <AdminPageShell title={t('users.title')} need="admin">
      <NewUserForm />
      <UserList />
    </AdminPageShell>
  );
}
