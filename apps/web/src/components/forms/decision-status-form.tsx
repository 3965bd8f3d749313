// A decision's status change with its required note (kept in the audit log). Sends the version
// it read; a 409 offers a reload instead of overwriting.
import { DECISION_STATUSES, type DecisionStatus, STATUS_NOTE_REQUIRED } from '@hamgen/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../lib/api/auth-queries.ts';
import { api } from '../../lib/api/client.ts';
import { writeInit } from '../../lib/api/csrf-header.ts';
import { invalidateAfterWrite } from '../../lib/api/invalidate-after-write.ts';
import { ApiRequestError, isConflict, readAnswer } from '../../lib/api/read-answer.ts';
import { ConflictAlert } from './conflict-alert.tsx';
import { errorsByPath, type FieldErrors } from './field-errors.ts';
import { FormAlert, SelectField, TextField } from './fields.tsx';

interface Props {
  decision: { id: number; seq: number; status: DecisionStatus; version: number };
  label: string;
}

export function DecisionStatusForm({ decision, label }: Props) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const [status, setStatus] = useState<DecisionStatus>(decision.status);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  // A reload (someone else changed it) or our own save brings a new stored status: start from it.
  useEffect(() => setStatus(decision.status), [decision.status]);
  const change = useMutation({
    mutationFn: () =>
      readAnswer(
        api.api.decisions[':id'].$patch(
          { param: { id: String(decision.id) }, json: { version: decision.version, status, note } },
          writeInit(csrfToken),
        ),
      ),
    onSuccess: async () => {
      setNote('');
      await invalidateAfterWrite(client, 'decision');
    },
    onError: (error) => {
      if (error instanceof ApiRequestError) setErrors(errorsByPath(error.issues));
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (note.trim() === '') {
      setErrors({ note: STATUS_NOTE_REQUIRED });
      return;
    }
    setErrors({});
    change.mutate();
  };
  const options = DECISION_STATUSES.map((value) => ({ value, label: t(`common:decisionStatus.${value}`) }));

  return (
    <form className="status-form" onSubmit={submit} noValidate aria-label={label}>
      {isConflict(change.error) ? (
        <ConflictAlert
          onReload={() => {
            change.reset();
            invalidateAfterWrite(client, 'decision');
          }}
        />
      ) : (
        <FormAlert message={change.error?.message} />
      )}
      <SelectField label={t('status.newStatus')} value={status} options={options} onChange={setStatus} />
      <TextField
        className="form-field-wide"
        label={t('status.note')}
        value={note}
        error={errors.note}
        required
        onChange={setNote}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={change.isPending || status === decision.status}>
          {change.isPending ? t('form.saving') : t('status.submit')}
        </button>
        {change.isSuccess && <output className="form-success">{t('status.saved')}</output>}
      </div>
    </form>
  );
}
