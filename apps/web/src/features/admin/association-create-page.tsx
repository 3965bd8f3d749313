// «ثبت تشکل»: one association by hand (source 'manual'), checked by the same shared schema as the
// API and the import, then shown on its own page.
import { organizationCreateSchema } from '@hamgen/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { errorsByPath, type FieldErrors, zodIssues } from '../../components/forms/field-errors.ts';
import { FormAlert } from '../../components/forms/fields.tsx';
import { useAuth } from '../../lib/api/auth-queries.ts';
import { api } from '../../lib/api/client.ts';
import { writeInit } from '../../lib/api/csrf-header.ts';
import { invalidateAfterWrite } from '../../lib/api/invalidate-after-write.ts';
import { ApiRequestError, readAnswer } from '../../lib/api/read-answer.ts';
import { formatNumber } from '../../lib/format.ts';
import { AdminPageShell } from './components/admin-page-shell.tsx';
import { AssociationFields } from './components/association-fields.tsx';
import { emptyOrganization, type OrganizationForm, organizationBody } from './form-data.ts';

function CreateForm() {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [form, setForm] = useState<OrganizationForm>(emptyOrganization);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<OrganizationForm>) => setForm((f) => ({ ...f, ...patch }));
  const create = useMutation({
    mutationFn: (json: ReturnType<typeof organizationBody>) =>
      readAnswer(api.api.organizations.$post({ json }, writeInit(csrfToken))),
    onSuccess: async ({ organization }) => {
      await invalidateAfterWrite(client, 'organization');
      navigate(`/associations/${organization.id}`);
    },
    onError: (error) => {
      if (error instanceof ApiRequestError) setErrors(errorsByPath(error.issues));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = organizationBody(form);
    const parsed = organizationCreateSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(errorsByPath(zodIssues(parsed.error)));
      return;
    }
    setErrors({});
    create.mutate(body);
  };
  const errorCount = Object.keys(errors).length;
  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={t('association.createTitle')}>
      {errorCount > 0 && !create.error && (
        <FormAlert message={t('form.fixErrors', { n: formatNumber(errorCount, i18n.language) })} />
      )}
      <FormAlert message={create.error?.message} />
      <fieldset className="card form-grid">
        <legend className="card-title">{t('association.details')}</legend>
        <AssociationFields form={form} errors={errors} set={set} />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('form.saving') : t('association.create')}
        </button>
        <Link href="/associations">{t('form.cancel')}</Link>
      </div>
    </form>
  );
}

export default function AssociationCreatePage() {
  const { t } = useTranslation('admin');
  return (
    <AdminPageShell title={t('association.createTitle')} need="editor">
      <CreateForm />
    </AdminPageShell>
  );
}
