// Choosing one's own password: the current one, the new one twice. Other sessions end (the
// server does that). A generated or reset password leads here before anything else.
import { newPasswordSchema } from '@hamgen/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { errorsByPath, type FieldErrors } from '../../components/forms/field-errors.ts';
import { FormAlert } from '../../components/forms/fields.tsx';
import { LoadingState } from '../../components/ui/status.tsx';
import { meQueryOptions, useAuth } from '../../lib/api/auth-queries.ts';
import { api } from '../../lib/api/client.ts';
import { writeInit } from '../../lib/api/csrf-header.ts';
import { ApiRequestError, readAnswer } from '../../lib/api/read-answer.ts';
import { AdminPageShell } from './components/admin-page-shell.tsx';
import { CredentialFields } from './components/credential-fields.tsx';
import { safeNext } from './login-page.tsx';

const EMPTY = { currentPassword: '', newPassword: '', repeat: '' };

function PasswordForm({ userId, required }: { userId: number; required: boolean }) {
  const { t } = useTranslation('secretariat');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  const [values, setValues] = useState(EMPTY);
  const { currentPassword, newPassword, repeat } = values;
  const [errors, setErrors] = useState<FieldErrors>({});
  const change = useMutation({
    mutationFn: () =>
      readAnswer(
        api.api.users[':id'].password.$post(
          { param: { id: String(userId) }, json: { currentPassword, newPassword } },
          writeInit(csrfToken),
        ),
      ),
    onSuccess: async () => {
      setValues(EMPTY);
      await client.invalidateQueries({ queryKey: meQueryOptions().queryKey });
      if (required) navigate(next);
    },
    onError: (error) => {
      if (error instanceof ApiRequestError) setErrors(errorsByPath(error.issues));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (currentPassword === '') found.currentPassword = t('password.currentRequired');
    const parsed = newPasswordSchema.safeParse(newPassword);
    if (!parsed.success) found.newPassword = parsed.error.issues[0]?.message ?? '';
    else if (newPassword !== repeat) found.repeat = t('password.mismatch');
    setErrors(found);
    if (Object.keys(found).length === 0) change.mutate();
  };
  return (
    <form className="card admin-form" onSubmit={submit} noValidate aria-label={t('password.title')}>
      {required && (
        <div className="form-alert" role="alert">
          <p>{t('password.required')}</p>
        </div>
      )}
      <FormAlert
        message={
          change.error instanceof ApiRequestError && change.error.issues.length > 0 ? null : change.error?.message
        }
      />
      <CredentialFields
        fields={[
          { name: 'currentPassword', label: t('password.current'), autoComplete: 'current-password' },
          { name: 'newPassword', label: t('password.new'), autoComplete: 'new-password', hint: t('password.hint') },
          { name: 'repeat', label: t('password.repeat'), autoComplete: 'new-password' },
        ]}
        values={values}
        errors={errors}
        onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? t('password.saving') : t('password.submit')}
        </button>
        {change.isSuccess && <output className="form-success">{t('password.saved')}</output>}
      </div>
    </form>
  );
}

export default function PasswordPage() {
  const { t } = useTranslation(['secretariat', 'admin']);
  const { user, isPending } = useAuth();
  if (isPending) return <LoadingState />;
  return (
    <AdminPageShell title={t('password.title')} back={null} className="login-page">
      {user ? (
        <PasswordForm userId={user.id} required={user.mustChangePassword} />
      ) : (
        <p className="state">{t('admin:guard.signIn')}</p>
      )}
    </AdminPageShell>
  );
}
