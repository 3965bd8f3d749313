// The meeting's files (signed minutes): everyone who reads the meeting downloads them; editors
// attach (PDF, PNG, JPEG up to 10 MB; the server checks the bytes) and remove them.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDelete } from '../../../components/forms/confirm-delete.tsx';
import { FormAlert } from '../../../components/forms/fields.tsx';
import { EmptyState } from '../../../components/ui/status.tsx';
import { useAuth } from '../../../lib/api/auth-queries.ts';
import { api } from '../../../lib/api/client.ts';
import { writeInit } from '../../../lib/api/csrf-header.ts';
import { invalidateAfterWrite } from '../../../lib/api/invalidate-after-write.ts';
import type { MeetingData } from '../../../lib/api/meeting-queries.ts';
import { readAnswer } from '../../../lib/api/read-answer.ts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { fileSize } from '../meetings-data.ts';
import './meeting-attachments.css';

type Attachment = MeetingData['attachments'][number];

export function MeetingAttachments({ meetingId, attachments }: { meetingId: number; attachments: Attachment[] }) {
  const { t, i18n } = useTranslation('secretariat');
  const { isEditor } = useAuth();
  const sizeText = (bytes: number) => {
    const { unit, value } = fileSize(bytes);
    return t(`attachments.size.${unit}`, { n: formatNumber(value, i18n.language) });
  };
  return (
    <section className="card" aria-labelledby="meeting-attachments">
      <h2 id="meeting-attachments" className="card-title">
        {t('attachments.title')}
      </h2>
      {attachments.length === 0 ? (
        <EmptyState message={t('attachments.none')} />
      ) : (
        <ul className="attachment-list">
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={`/api/meetings/${meetingId}/attachments/${a.id}`} download={a.fileName}>
                <bdi>{a.fileName}</bdi>
              </a>
              <span className="attachment-meta">
                {sizeText(a.size)} · <time dateTime={a.createdAt}>{formatDateTime(a.createdAt, i18n.language)}</time>
              </span>
              {isEditor && <RemoveAttachment meetingId={meetingId} attachment={a} />}
            </li>
          ))}
        </ul>
      )}
      {isEditor && <AttachForm meetingId={meetingId} />}
    </section>
  );
}

function AttachForm({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation('secretariat');
  const id = useId();
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const attach = useMutation({
    mutationFn: (f: File) =>
      readAnswer(
        api.api.meetings[':id'].attachments.$post(
          { param: { id: String(meetingId) }, form: { file: f } },
          writeInit(csrfToken),
        ),
      ),
    onSuccess: async () => {
      setFile(null);
      setInputKey((k) => k + 1);
      await invalidateAfterWrite(client, 'meeting');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) attach.mutate(file);
  };
  return (
    <form className="attach-form" onSubmit={submit} aria-label={t('attachments.attach')}>
      <FormAlert message={attach.error?.message} />
      <div className="form-field">
        <label htmlFor={`${id}-file`} className="field-label">
          {t('attachments.file')}
        </label>
        <input
          key={inputKey}
          id={`${id}-file`}
          type="file"
          accept="application/pdf,image/png,image/jpeg"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            attach.reset();
            setFile(e.target.files?.[0] ?? null);
          }}
        />
        <span id={`${id}-hint`} className="form-hint">
          {t('attachments.hint')}
        </span>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={!file || attach.isPending}>
          {attach.isPending ? t('attachments.uploading') : t('attachments.attach')}
        </button>
        {attach.isSuccess && <output className="form-success">{t('attachments.attached')}</output>}
      </div>
    </form>
  );
}

function RemoveAttachment({ meetingId, attachment }: { meetingId: number; attachment: Attachment }) {
  const { t } = useTranslation('secretariat');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      readAnswer(
        api.api.meetings[':id'].attachments[':attachmentId'].$delete(
          { param: { id: String(meetingId), attachmentId: String(attachment.id) } },
          writeInit(csrfToken),
        ),
      ),
    onSuccess: () => invalidateAfterWrite(client, 'meeting'),
  });
  return (
    <span className="attachment-confirm">
      {remove.error && <span className="form-error">{remove.error.message}</span>}
      <ConfirmDelete
        label={t('attachments.remove', { name: attachment.fileName })}
        question={t('attachments.removeQuestion', { name: attachment.fileName })}
        yes={t('attachments.removeYes')}
        cancel={t('attachments.cancel')}
        pending={remove.isPending}
        onDelete={() => remove.mutate()}
      />
    </span>
  );
}
