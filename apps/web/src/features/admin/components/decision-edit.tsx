// One decision of the meeting being corrected: its text and follow-up fields (PATCH with its
// version), its status with a note, and deleting it after a confirmation.
import { decisionUpdateSchema } from '@hamgen/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/forms/conflict-alert.tsx';
import { DecisionStatusForm } from '../../../components/forms/decision-status-form.tsx';
import { errorsByPath, type FieldErrors, zodIssues } from '../../../components/forms/field-errors.ts';
import { FormAlert } from '../../../components/forms/fields.tsx';
import { useAuth } from '../../../lib/api/auth-queries.ts';
import { api } from '../../../lib/api/client.ts';
import { writeInit } from '../../../lib/api/csrf-header.ts';
import { invalidateAfterWrite } from '../../../lib/api/invalidate-after-write.ts';
import type { MeetingData } from '../../../lib/api/meeting-queries.ts';
import { ApiRequestError, isConflict, readAnswer } from '../../../lib/api/read-answer.ts';
import { formatNumber } from '../../../lib/format.ts';
import { type DecisionFields, decisionFields, decisionPatch } from '../form-data.ts';
import { DecisionTextFields } from './decision-text-fields.tsx';
import { DeleteAction } from './delete-action.tsx';

type Decision = MeetingData['decisions'][number];

function DecisionWordsForm({ decision: d }: { decision: Decision }) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const n = formatNumber(d.seq, i18n.language);
  const read = decisionFields(d);
  const [form, setForm] = useState<DecisionFields>(read);
  const [errors, setErrors] = useState<FieldErrors>({});
  const param = { id: String(d.id) };
  const onError = (error: Error) => {
    if (error instanceof ApiRequestError) setErrors(errorsByPath(error.issues));
  };
  const save = useMutation({
    mutationFn: (json: ReturnType<typeof decisionPatch>) =>
      readAnswer(api.api.decisions[':id'].$patch({ param, json }, writeInit(csrfToken))),
    onSuccess: () => invalidateAfterWrite(client, 'decision'),
    onError,
  });
  const remove = useMutation({
    mutationFn: () =>
      readAnswer(
        api.api.decisions[':id'].$delete({ param, query: { version: String(d.version) } }, writeInit(csrfToken)),
      ),
    onSuccess: () => invalidateAfterWrite(client, 'decision'),
    onError,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = decisionPatch(read, form, d.version);
    const parsed = decisionUpdateSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(errorsByPath(zodIssues(parsed.error)));
      return;
    }
    setErrors({});
    save.mutate(body);
  };
  const failed = save.error ?? remove.error;

  return (
    <form onSubmit={submit} noValidate aria-label={t('meetingAdmin.decisionForm', { n })} className="form-grid">
      {isConflict(failed) ? (
        <ConflictAlert
          onReload={() => {
            save.reset();
            remove.reset();
            setForm(read);
            invalidateAfterWrite(client, 'decision');
          }}
        />
      ) : (
        <FormAlert message={failed?.message} />
      )}
      <DecisionTextFields
        n={n}
        form={form}
        errors={errors}
        onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
      />
      <p className="decision-meta form-field-wide">
        {t('meetingAdmin.currentStatus')}: {t(`common:decisionStatus.${d.status}`)}
      </p>
      <div className="form-actions form-field-wide">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('meetingAdmin.saveDecision', { n })}
        </button>
        {save.isSuccess && <output className="form-success">{t('meetingAdmin.decisionSaved')}</output>}
        <DeleteAction
          label={t('meetingAdmin.deleteDecision', { n })}
          question={t('meetingAdmin.deleteConfirm', { n })}
          yes={t('meetingAdmin.deleteYes')}
          remove={remove}
        />
      </div>
    </form>
  );
}

export function DecisionEdit({ decision: d }: { decision: Decision }) {
  const { t, i18n } = useTranslation('admin');
  const n = formatNumber(d.seq, i18n.language);
  return (
    <li className="admin-decision">
      {/* A saved version starts the text fields from what is stored now; the status form stays
          mounted so its confirmation survives the refetch. */}
      <DecisionWordsForm key={d.version} decision={d} />
      <DecisionStatusForm decision={d} label={t('status.formLabel', { n })} />
    </li>
  );
}
