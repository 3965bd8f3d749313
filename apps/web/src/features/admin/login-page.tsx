import { loginSchema } from '@hamgen/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { errorsByPath, type FieldErrors, zodIssues } from '../../components/forms/field-errors.ts';
import { FormAlert, TextField } from '../../components/forms/fields.tsx';
import { setSignedIn } from '../../lib/api/auth-queries.ts';
import { api } from '../../lib/api/client.ts';
import { ApiRequestError, readAnswer } from '../../lib/api/read-answer.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';

/** Only a path of this site: `?next=//evil.example` must not send anyone away. */
export function safeNext(next: string | null): string {
  return next && /^\/(?!\/)/.test(next) ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('login.title'));
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const login = useMutation({
    mutationFn: (body: { username: string; password: string }) => readAnswer(api.api.auth.login.$post({ json: body })),
    onSuccess: async (data) => {
      setSignedIn(client, data);
      // What a page shows may depend on who reads it (HAMGEN_PUBLIC_READ=false).
      await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      navigate(next);
    },
    onError: (error) => {
      if (error instanceof ApiRequestError) setErrors(errorsByPath(error.issues));
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = loginSchema.safeParse({ username, password });
    if (!parsed.success) {
      setErrors(errorsByPath(zodIssues(parsed.error)));
      return;
    }
    setErrors({});
    login.mutate({ username, password });
  };

  return (
    <section className="admin-page login-page">
      <h1>{t('login.title')}</h1>
      <form className="card admin-form" onSubmit={submit} noValidate>
        <FormAlert message={login.error?.message} />
        <TextField
          label={t('login.username')}
          value={username}
          onChange={setUsername}
          error={errors.username}
          dir="ltr"
          autoComplete="username"
          required
        />
        <TextField
          label={t('login.password')}
          type="password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          dir="ltr"
          autoComplete="current-password"
          required
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={login.isPending}>
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
