// Editing or deleting an association. Only changed fields are sent, with the version read; if
// someone saved in between (409) nothing is overwritten: their change is shown, and the editor
// keeps their own edits (to save over the new version) or reloads.
import { organizationProvinceIssue, organizationUpdateSchema } from '@hamgen/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ConflictAlert } from '../../components/forms/conflict-alert.tsx';
import { keepMine, theirChanges } from '../../components/forms/conflict-data.ts';
import { errorsByPath, type FieldErrors, zodIssues } from '../../components/forms/field-errors.ts';
import { FormAlert, TextField } from '../../components/forms/fields.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { useAuth } from '../../lib/api/auth-queries.ts';
import { api } from '../../lib/api/client.ts';
import { writeInit } from '../../lib/api/csrf-header.ts';
import { invalidateAfterWrite } from '../../lib/api/invalidate-after-write.ts';
import { type OrganizationData, organizationQueryOptions } from '../../lib/api/organization-queries.ts';
import { ApiRequestError, isConflict, readAnswer } from '../../lib/api/read-answer.ts';
import { AdminPageShell } from './components/admin-page-shell.tsx';
import {
  ASSOCIATION_FIELD_LABEL,
  AssociationFields,
  useAssociationValueText,
} from './components/association-fields.tsx';
import { DeleteAction } from './components/delete-action.tsx';
import { type OrganizationForm, organizationForm, organizationPatch } from './form-data.ts';

type Organization = OrganizationData['organization'];

function EditForm({ data }: { data: Organization }) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const valueText = useAssociationValueText();
  // The version this form is based on; a conflict moves it to the stored one (with the edits kept).
  const [read, setRead] = useState<Organization>(data);
  const [stored, setStored] = useState<Organization | null>(null);
  const [form, setForm] = useState<OrganizationForm>(() => organizationForm(data));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<OrganizationForm>) => setForm((f) => ({ ...f, ...patch }));
  const param = { id: String(data.id) };
  const onError = async (error: Error) => {
    if (error instanceof ApiRequestError) setErrors(errorsByPath(error.issues));
    if (isConflict(error)) {
      const fresh = await client.fetchQuery({ ...organizationQueryOptions(data.id), staleTime: 0 });
      setStored(fresh.organization);
    }
  };

  const save = useMutation({
    mutationFn: (json: ReturnType<typeof organizationPatch>) =>
      readAnswer(api.api.organizations[':id'].$patch({ param, json }, writeInit(csrfToken))),
    onSuccess: async () => {
      await invalidateAfterWrite(client, 'organization');
      navigate(`/associations/${data.id}`);
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: () =>
      readAnswer(
        api.api.organizations[':id'].$delete({ param, query: { version: String(read.version) } }, writeInit(csrfToken)),
      ),
    onSuccess: async () => {
      await invalidateAfterWrite(client, 'organization');
      navigate('/associations');
    },
    onError,
  });

  const rebase = (keep: boolean) => {
    if (!stored) return;
    setForm(keep ? keepMine(organizationForm(read), form, organizationForm(stored)) : organizationForm(stored));
    setRead(stored);
    setStored(null);
    save.reset();
    remove.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = organizationPatch(organizationForm(read), form, read.version, note);
    const parsed = organizationUpdateSchema.safeParse(body);
    const issues = parsed.success ? [] : zodIssues(parsed.error);
    const provinceIssue = organizationProvinceIssue(form.kind, form.provinceCode || null);
    if (provinceIssue) issues.push({ path: 'provinceCode', message: provinceIssue });
    if (issues.length > 0) {
      setErrors(errorsByPath(issues));
      return;
    }
    setErrors({});
    save.mutate(body);
  };
  const failed = save.error ?? remove.error;

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={t('association.title')}>
      {isConflict(failed) ? (
        <ConflictAlert
          changes={stored ? theirChanges(organizationForm(read), organizationForm(stored), valueText) : undefined}
          labelOf={(field) => t(ASSOCIATION_FIELD_LABEL[field as keyof OrganizationForm] ?? field)}
          onKeepMine={stored ? () => rebase(true) : undefined}
          onReload={() => rebase(false)}
        />
      ) : (
        <FormAlert message={failed?.message} />
      )}
      <fieldset className="card form-grid">
        <legend className="card-title">{t('association.details')}</legend>
        <AssociationFields form={form} errors={errors} set={set} />
        <TextField
          className="form-field-wide"
          label={t('association.note')}
          hint={t('association.noteHint')}
          value={note}
          error={errors.note}
          multiline
          onChange={setNote}
        />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('form.save')}
        </button>
        <Link href={`/associations/${data.id}`}>{t('form.cancel')}</Link>
        <DeleteAction
          label={t('association.delete')}
          question={t('association.deleteConfirm')}
          yes={t('association.deleteYes')}
          remove={remove}
        />
      </div>
    </form>
  );
}

function Editor({ id }: { id: number }) {
  const query = useQuery(organizationQueryOptions(id));
  return (
    <QueryBoundary query={query}>
      {({ organization }) => (
        <>
          <h1>{organization.nameFa}</h1>
          <EditForm data={organization} />
        </>
      )}
    </QueryBoundary>
  );
}

export default function AssociationEditPage({ id }: { id: number }) {
  const { t } = useTranslation('admin');
  return (
    <AdminPageShell
      title={t('association.title')}
      heading={null}
      need="editor"
      back={{ href: `/associations/${id}`, label: t('association.back') }}
    >
      <Editor id={id} />
    </AdminPageShell>
  );
}
