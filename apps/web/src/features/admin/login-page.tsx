import { loginSchema } from '@hamgen/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { errorsByPath, type FieldErrors, zodIssues } from '../../components/forms/field-errors.ts';
import { FormAlert } from '../../components/forms/fields.tsx';
import { setSignedIn } from '../../lib/api/auth-queries.ts';
import { api } from '../../lib/api/client.ts';
import { ApiRequestError, readAnswer } from '../../lib/api/read-answer.ts';
import { AdminPageShell } from './components/admin-page-shell.tsx';
import { CredentialFields } from './components/credential-fields.tsx';

/** Only a path of this site: `?next=//evil.example` must not send anyone away. */
export function safeNext(next: string | null): string {
  return next && /^\/(?!\/)/.test(next) ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  const [values, setValues] = useState({ username: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});

  const login = useMutation({
    mutationFn: (body: { username: string; password: string }) => readAnswer(api.api.auth.login.$post({ json: body })),
    onSuccess: async (data) => {
      await setSignedIn(client, data);
      navigate(next);
    },
    onError: (error) => {
      if (error instanceof ApiRequestError) setErrors(errorsByPath(error.issues));
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = loginSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(errorsByPath(zodIssues(parsed.error)));
      return;
    }
    setErrors({});
    login.mutate(values);
  };

  return (
    <AdminPageShell title={t('login.title')} back={null} className="login-page">
      <form className="card admin-form" onSubmit={submit} noValidate>
        <FormAlert message={login.error?.message} />
        <CredentialFields
          fields={[
            { name: 'username', label: t('login.username'), autoComplete: 'username' },
            { name: 'password', label: t('login.password'), autoComplete: 'current-password' },
          ]}
          values={values}
          errors={errors}
          onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={login.isPending}>
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </div>
      </form>
    </AdminPageShell>
  );
}
