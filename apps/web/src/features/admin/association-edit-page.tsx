// Editing or deleting an association. Only changed fields are sent, with the version read; if
// someone saved in between (409) nothing is overwritten and the editor is offered a reload.
import {
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  organizationProvinceIssue,
  organizationUpdateSchema,
  PROVINCES,
  SECTORS,
} from '@hamgen/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { QueryBoundary } from '../../components/cards/query-boundary.tsx';
import { api } from '../../lib/api-client.ts';
import { invalidateAfterWrite, useAuth, writeInit } from '../../lib/auth.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { type AdminOrganizationData, adminOrganizationQueryOptions } from './api/admin-queries.ts';
import { isConflict, sendWrite, WriteError } from './api/send-write.ts';
import { ConflictAlert } from './components/conflict-alert.tsx';
import { FormAlert, SelectField, TextField } from './components/fields.tsx';
import { RequireRole } from './components/require-role.tsx';
import {
  errorsByPath,
  type FieldErrors,
  type OrganizationForm,
  organizationForm,
  organizationPatch,
  zodIssues,
} from './form-data.ts';

function EditForm({ data, onReload }: { data: AdminOrganizationData['organization']; onReload: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const en = i18n.language === 'en';
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const original = organizationForm(data);
  const [form, setForm] = useState<OrganizationForm>(original);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const set = (patch: Partial<OrganizationForm>) => setForm((f) => ({ ...f, ...patch }));
  const param = { id: String(data.id) };
  const onError = (error: Error) => {
    if (error instanceof WriteError) setErrors(errorsByPath(error.issues));
  };

  const save = useMutation({
    mutationFn: (json: ReturnType<typeof organizationPatch>) =>
      sendWrite(api.api.organizations[':id'].$patch({ param, json }, writeInit(csrfToken))),
    onSuccess: async () => {
      await invalidateAfterWrite(client, 'organization');
      navigate(`/associations/${data.id}`);
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: () =>
      sendWrite(
        api.api.organizations[':id'].$delete({ param, query: { version: String(data.version) } }, writeInit(csrfToken)),
      ),
    onSuccess: async () => {
      await invalidateAfterWrite(client, 'organization');
      navigate('/associations');
    },
    onError,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = organizationPatch(original, form, data.version, note);
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
  const option = (prefix: string) => (value: string) => ({ value, label: t(`common:${prefix}.${value}`) });

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={t('association.title')}>
      {isConflict(failed) ? (
        <ConflictAlert
          onReload={() => {
            save.reset();
            remove.reset();
            onReload();
          }}
        />
      ) : (
        <FormAlert message={failed?.message} />
      )}
      <fieldset className="card form-grid">
        <legend className="card-title">{t('association.details')}</legend>
        <TextField
          className="form-field-wide"
          label={t('association.nameFa')}
          value={form.nameFa}
          error={errors.nameFa}
          required
          onChange={(nameFa) => set({ nameFa })}
        />
        <TextField
          className="form-field-wide"
          label={t('association.nameEn')}
          value={form.nameEn}
          error={errors.nameEn}
          dir="ltr"
          onChange={(nameEn) => set({ nameEn })}
        />
        <SelectField
          label={t('association.kind')}
          value={form.kind}
          options={ORGANIZATION_KINDS.map(option('kind'))}
          error={errors.kind}
          onChange={(kind) => set({ kind })}
        />
        <SelectField
          label={t('association.province')}
          value={form.provinceCode}
          options={[
            { value: '', label: t('association.noProvince') },
            ...PROVINCES.map((p) => ({ value: p.code, label: en ? p.nameEn : p.nameFa })),
          ]}
          error={errors.provinceCode}
          onChange={(provinceCode) => set({ provinceCode })}
        />
        <SelectField
          label={t('association.sector')}
          value={form.sectorCode}
          options={SECTORS.map((s) => ({ value: s.code, label: en ? s.nameEn : s.nameFa }))}
          error={errors.sectorCode}
          onChange={(sectorCode) => set({ sectorCode })}
        />
        <SelectField
          label={t('association.status')}
          value={form.status}
          options={ORGANIZATION_STATUSES.map(option('status'))}
          error={errors.status}
          onChange={(status) => set({ status })}
        />
        <TextField
          label={t('association.establishedOn')}
          value={form.establishedOn}
          error={errors.establishedOn}
          hint={t('form.dateHint')}
          dir="ltr"
          required
          onChange={(establishedOn) => set({ establishedOn })}
        />
        <TextField
          label={t('association.lastElectionOn')}
          value={form.lastElectionOn}
          error={errors.lastElectionOn}
          dir="ltr"
          placeholder={t('form.datePlaceholder')}
          onChange={(lastElectionOn) => set({ lastElectionOn })}
        />
        <TextField
          label={t('association.members')}
          value={form.members}
          error={errors.members}
          dir="ltr"
          onChange={(members) => set({ members })}
        />
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
        <span className="form-actions-end">
          {confirmDelete ? (
            <>
              <span>{t('association.deleteConfirm')}</span>
              <button
                type="button"
                className="button button-danger"
                disabled={remove.isPending}
                onClick={() => remove.mutate()}
              >
                {t('association.deleteYes')}
              </button>
              <button type="button" className="button button-quiet" onClick={() => setConfirmDelete(false)}>
                {t('form.cancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button-quiet button-danger-quiet"
              onClick={() => setConfirmDelete(true)}
            >
              {t('association.delete')}
            </button>
          )}
        </span>
      </div>
    </form>
  );
}

function Editor({ id }: { id: number }) {
  const query = useQuery(adminOrganizationQueryOptions(id));
  return (
    <QueryBoundary query={query}>
      {({ organization }) => (
        <>
          <h1>{organization.nameFa}</h1>
          {/* A new version (after a reload) starts the form afresh from what is stored now. */}
          <EditForm key={organization.version} data={organization} onReload={() => query.refetch()} />
        </>
      )}
    </QueryBoundary>
  );
}

export default function AssociationEditPage({ id }: { id: number }) {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('association.title'));
  return (
    <section className="admin-page">
      <Link href={`/associations/${id}`} className="back-link">
        {t('association.back')}
      </Link>
      <RequireRole need="editor">
        <Editor id={id} />
      </RequireRole>
    </section>
  );
}
