// «ثبت جلسه»: a meeting with its attendees and decisions in one submit. The shared schema checks
// the form first (same Persian messages as the API); the API's `issues` land on the same fields.
import { meetingCreateSchema } from '@hamgen/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { api } from '../../lib/api-client.ts';
import { invalidateAfterWrite, useAuth, writeInit } from '../../lib/auth.ts';
import { formatNumber } from '../../lib/format.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { sendWrite, WriteError } from './api/send-write.ts';
import { FormAlert, TextField } from './components/fields.tsx';
import { AttendeeRows, DecisionRows } from './components/meeting-rows.tsx';
import { RequireRole } from './components/require-role.tsx';
import {
  emptyAttendee,
  emptyDecision,
  emptyMeeting,
  errorsByPath,
  type FieldErrors,
  type MeetingForm,
  meetingBody,
  zodIssues,
} from './form-data.ts';

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
      sendWrite(api.api.meetings.$post({ json: body }, writeInit(csrfToken))),
    onSuccess: async ({ meeting }) => {
      await invalidateAfterWrite(client, 'meeting');
      navigate(`/admin/meetings/${meeting.id}?created=1`);
    },
    onError: (error) => {
      if (error instanceof WriteError) setErrors(errorsByPath(error.issues));
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
      <fieldset className="card form-grid">
        <legend className="card-title">{t('meeting.details')}</legend>
        <TextField
          className="form-field-wide"
          label={t('meeting.titleField')}
          value={form.title}
          error={errors.title}
          required
          onChange={(title) => set({ title })}
        />
        <TextField
          label={t('meeting.heldOn')}
          value={form.heldOn}
          error={errors.heldOn}
          hint={t('form.dateHint')}
          placeholder={t('form.datePlaceholder')}
          dir="ltr"
          required
          onChange={(heldOn) => set({ heldOn })}
        />
        <label className="check-field">
          <input
            type="checkbox"
            checked={form.heldOnApproximate}
            onChange={(e) => set({ heldOnApproximate: e.target.checked })}
          />
          {t('meeting.approximate')}
        </label>
        <TextField
          label={t('meeting.number')}
          value={form.number}
          error={errors.number}
          dir="ltr"
          onChange={(number) => set({ number })}
        />
        <TextField
          label={t('meeting.location')}
          value={form.location}
          error={errors.location}
          onChange={(location) => set({ location })}
        />
        <TextField
          className="form-field-wide"
          label={t('meeting.agenda')}
          value={form.agenda}
          error={errors.agenda}
          multiline
          onChange={(agenda) => set({ agenda })}
        />
        <TextField
          className="form-field-wide"
          label={t('meeting.summary')}
          value={form.summary}
          error={errors.summary}
          multiline
          onChange={(summary) => set({ summary })}
        />
      </fieldset>

      <fieldset className="card">
        <legend className="card-title">{t('meeting.attendees')}</legend>
        <AttendeeRows rows={form.attendees} errors={errors} onChange={(attendees) => set({ attendees })} />
        <button
          type="button"
          className="button button-quiet"
          onClick={() => set({ attendees: [...form.attendees, emptyAttendee()] })}
        >
          {t('meeting.addAttendee')}
        </button>
      </fieldset>

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
  useDocumentTitle(t('meeting.title'));
  return (
    <section className="admin-page">
      <Link href="/admin" className="back-link">
        {t('back')}
      </Link>
      <h1>{t('meeting.title')}</h1>
      <RequireRole need="editor">
        <NewMeetingForm />
      </RequireRole>
    </section>
  );
}
