// Correcting a recorded meeting: its fields and its roster in one PATCH with the version read.
// A stale form (409) shows what the other person changed and keeps these edits.
import { meetingUpdateSchema, toPersianDigits } from '@hamgen/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/forms/conflict-alert.tsx';
import { keepMine, theirChanges } from '../../../components/forms/conflict-data.ts';
import { errorsByPath, type FieldErrors, zodIssues } from '../../../components/forms/field-errors.ts';
import { FormAlert } from '../../../components/forms/fields.tsx';
import { useAuth } from '../../../lib/api/auth-queries.ts';
import { api } from '../../../lib/api/client.ts';
import { writeInit } from '../../../lib/api/csrf-header.ts';
import { invalidateAfterWrite } from '../../../lib/api/invalidate-after-write.ts';
import { type MeetingData, meetingQueryOptions } from '../../../lib/api/meeting-queries.ts';
import { ApiRequestError, isConflict, readAnswer } from '../../../lib/api/read-answer.ts';
import { type MeetingEditForm, meetingEditForm, meetingPatch } from '../form-data.ts';
import { MeetingFields } from './meeting-fields.tsx';
import { AttendeesFieldset } from './meeting-rows.tsx';

const LABELS: Record<keyof MeetingEditForm, string> = {
  title: 'meeting.titleField',
  heldOn: 'meeting.heldOn',
  heldOnApproximate: 'meeting.approximate',
  number: 'meeting.number',
  location: 'meeting.location',
  agenda: 'meeting.agenda',
  summary: 'meeting.summary',
  attendees: 'meeting.attendees',
};

const formOf = (data: MeetingData) => meetingEditForm(data.meeting, data.attendees);

export function MeetingEditFormCard({ data }: { data: MeetingData }) {
  const { t, i18n } = useTranslation('admin');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const [read, setRead] = useState(data);
  const [stored, setStored] = useState<MeetingData | null>(null);
  const [form, setForm] = useState(() => formOf(data));
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<MeetingEditForm>) => setForm((f) => ({ ...f, ...patch }));
  const save = useMutation({
    mutationFn: (json: ReturnType<typeof meetingPatch>) =>
      readAnswer(
        api.api.meetings[':id'].$patch({ param: { id: String(data.meeting.id) }, json }, writeInit(csrfToken)),
      ),
    onSuccess: async () => {
      await invalidateAfterWrite(client, 'meeting');
      const fresh = await client.fetchQuery({ ...meetingQueryOptions(data.meeting.id), staleTime: 0 });
      setRead(fresh);
      setForm(formOf(fresh));
    },
    onError: async (error) => {
      if (error instanceof ApiRequestError) setErrors(errorsByPath(error.issues));
      if (isConflict(error)) {
        setStored(await client.fetchQuery({ ...meetingQueryOptions(data.meeting.id), staleTime: 0 }));
      }
    },
  });
  const rebase = (keep: boolean) => {
    if (!stored) return;
    setForm(keep ? keepMine(formOf(read), form, formOf(stored)) : formOf(stored));
    setRead(stored);
    setStored(null);
    save.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = meetingPatch(formOf(read), form, read.meeting.version);
    const parsed = meetingUpdateSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(errorsByPath(zodIssues(parsed.error)));
      return;
    }
    setErrors({});
    save.mutate(body);
  };
  const show = (_field: keyof MeetingEditForm, value: MeetingEditForm[keyof MeetingEditForm]) => {
    if (Array.isArray(value)) return value.map((a) => a.name).join('، ') || '—';
    if (typeof value === 'boolean') return value ? t('conflict.yes') : t('conflict.no');
    if (value === '') return '—';
    return i18n.language === 'en' ? value : toPersianDigits(value);
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate aria-label={t('meetingAdmin.editTitle')}>
      {isConflict(save.error) ? (
        <ConflictAlert
          changes={stored ? theirChanges(formOf(read), formOf(stored), show) : undefined}
          labelOf={(field) => t(LABELS[field as keyof MeetingEditForm] ?? field)}
          onKeepMine={stored ? () => rebase(true) : undefined}
          onReload={() => rebase(false)}
        />
      ) : (
        <FormAlert message={save.error?.message} />
      )}
      <MeetingFields form={form} errors={errors} set={set} />
      <AttendeesFieldset rows={form.attendees} errors={errors} onChange={(attendees) => set({ attendees })} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('meetingAdmin.saveMeeting')}
        </button>
        {save.isSuccess && <output className="form-success">{t('meetingAdmin.saved')}</output>}
      </div>
    </form>
  );
}
