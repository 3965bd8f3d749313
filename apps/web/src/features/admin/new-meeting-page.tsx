// «ثبت جلسه»: a meeting with its attendees and decisions in one submit. The shared schema checks
// the form first (same Persian messages as the API); the API's `issues` land on the same fields.
import { meetingCreateSchema } from '@hamgen/shared';
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
import { MeetingFields } from './components/meeting-fields.tsx';
import { AttendeesFieldset, DecisionRows } from './components/meeting-rows.tsx';
import './secretariat-admin.css';
import { emptyDecision, emptyMeeting, type MeetingForm, meetingBody } from './form-data.ts';

function NewMeetingForm() {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [form, setForm] = useState<MeetingForm>(emptyMeeting);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<MeetingForm>) => setForm((f) => ({ ...f, ...patch }));

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof meetingBody>) =>
      readAnswer(api.api.meetings.$post({ json: body }, writeInit(csrfToken))),
    onSuccess: async ({ meeting }) => {
      await invalidateAfterWrite(client, 'meeting');
      navigate(`/admin/meetings/${meeting.id}?created=1`);
    },
    onError: (error) => {
      if (error instanceof ApiRequestError) setErrors(errorsByPath(error.issues));
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = meetingBody(form);
    const parsed = meetingCreateSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(errorsByPath(zodIssues(parsed.error)));
      return;
    }
    setErrors({});
    save.mutate(body);
  };
  const errorCount = Object.keys(errors).length;

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={t('meeting.title')}>
      {errorCount > 0 && !save.error && (
        <FormAlert message={t('form.fixErrors', { n: formatNumber(errorCount, i18n.language) })} />
      )}
      <FormAlert message={save.error?.message} />
      <MeetingFields form={form} errors={errors} set={set} />

      <AttendeesFieldset rows={form.attendees} errors={errors} onChange={(attendees) => set({ attendees })} />

      <fieldset className="card">
        <legend className="card-title">{t('meeting.decisions')}</legend>
        <DecisionRows rows={form.decisions} errors={errors} onChange={(decisions) => set({ decisions })} />
        <button
          type="button"
          className="button button-quiet"
          onClick={() => set({ decisions: [...form.decisions, emptyDecision()] })}
        >
          {t('meeting.addDecision')}
        </button>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('meeting.submit')}
        </button>
        <Link href="/admin">{t('form.cancel')}</Link>
      </div>
    </form>
  );
}

export default function NewMeetingPage() {
  const { t } = useTranslation('admin');
  return (
    <AdminPageShell title={t('meeting.title')} need="editor">
      <NewMeetingForm />
    </AdminPageShell>
  );
}
