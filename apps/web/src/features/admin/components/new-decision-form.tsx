// Adding a decision to a recorded meeting (POST /api/decisions); it is numbered after the others.
import { decisionCreateSchema } from '@hamgen/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsByPath, type FieldErrors, zodIssues } from '../../../components/forms/field-errors.ts';
import { FormAlert } from '../../../components/forms/fields.tsx';
import { useAuth } from '../../../lib/api/auth-queries.ts';
import { api } from '../../../lib/api/client.ts';
import { writeInit } from '../../../lib/api/csrf-header.ts';
import { invalidateAfterWrite } from '../../../lib/api/invalidate-after-write.ts';
import { ApiRequestError, readAnswer } from '../../../lib/api/read-answer.ts';
import { formatNumber } from '../../../lib/format.ts';
import type { DecisionFields } from '../form-data.ts';
import { DecisionTextFields } from './decision-text-fields.tsx';

const empty = (): DecisionFields => ({ text: '', topic: '', responsible: '', dueOn: '' });

export function NewDecisionForm({ meetingId, next }: { meetingId: number; next: number }) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const n = formatNumber(next, i18n.language);
  const body = () => ({ meetingId, ...form, dueOn: form.dueOn.trim() === '' ? null : form.dueOn.trim() });
  const add = useMutation({
    mutationFn: (json: ReturnType<typeof body>) => readAnswer(api.api.decisions.$post({ json }, writeInit(csrfToken))),
    onSuccess: async () => {
      setForm(empty());
      setOpen(false);
      await invalidateAfterWrite(client, 'decision');
    },
    onError: (error) => {
      if (error instanceof ApiRequestError) setErrors(errorsByPath(error.issues));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = decisionCreateSchema.safeParse(body());
    if (!parsed.success) {
      setErrors(errorsByPath(zodIssues(parsed.error)));
      return;
    }
    setErrors({});
    add.mutate(body());
  };
  if (!open) {
    return (
      <button type="button" className="button button-quiet" onClick={() => setOpen(true)}>
        {t('meeting.addDecision')}
      </button>
    );
  }
  return (
    <form className="form-grid card" onSubmit={submit} noValidate aria-label={t('meetingAdmin.newDecision')}>
      <FormAlert message={add.error?.message} />
      <DecisionTextFields
        n={n}
        form={form}
        errors={errors}
        onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
      />
      <div className="form-actions form-field-wide">
        <button type="submit" className="button" disabled={add.isPending}>
          {add.isPending ? t('form.saving') : t('meetingAdmin.addDecision')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
