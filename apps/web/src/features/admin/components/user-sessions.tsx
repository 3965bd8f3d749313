// A user's live sessions for an admin (started, last seen, address, browser) and ending them all.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/forms/fields.tsx';
import { EmptyState } from '../../../components/ui/status.tsx';
import { useAuth } from '../../../lib/api/auth-queries.ts';
import { api } from '../../../lib/api/client.ts';
import { writeInit } from '../../../lib/api/csrf-header.ts';
import { invalidateAfterWrite } from '../../../lib/api/invalidate-after-write.ts';
import { readAnswer } from '../../../lib/api/read-answer.ts';
import { userSessionsQueryOptions } from '../../../lib/api/user-queries.ts';
import { formatDateTime } from '../../../lib/format.ts';

export function UserSessions({ user }: { user: { id: number; username: string } }) {
  const { t, i18n } = useTranslation('secretariat');
  const { csrfToken } = useAuth();
  const client = useQueryClient();
  const query = useQuery(userSessionsQueryOptions(user.id));
  const end = useMutation({
    mutationFn: () =>
      readAnswer(api.api.users[':id'].sessions.$delete({ param: { id: String(user.id) } }, writeInit(csrfToken))),
    onSuccess: async () => {
      await invalidateAfterWrite(client, 'user');
    },
  });
  const when = (ms: number) => formatDateTime(new Date(ms).toISOString(), i18n.language);
  if (query.isPending) return <p className="form-hint">{t('sessions.loading')}</p>;
  if (query.error) return <FormAlert message={query.error.message} />;
  const rows = query.data.rows;
  return (
    <div className="user-sessions">
      <FormAlert message={end.error?.message} />
      {rows.length === 0 ? (
        <EmptyState message={t('sessions.none')} />
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('sessions.caption', { username: user.username })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sessions.started')}</th>
                <th scope="col">{t('sessions.lastSeen')}</th>
                <th scope="col">{t('sessions.ip')}</th>
                <th scope="col">{t('sessions.browser')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.tag}>
                  <td>{when(s.createdAt)}</td>
                  <td>
                    {when(s.lastSeenAt)} {s.current && <strong>{t('sessions.current')}</strong>}
                  </td>
                  <td dir="ltr">{s.ip ?? '—'}</td>
                  <td dir="ltr" className="session-agent">
                    {s.userAgent ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 0 && (
        <button type="button" className="button button-danger" disabled={end.isPending} onClick={() => end.mutate()}>
          {t('sessions.endAll', { username: user.username })}
        </button>
      )}
      {end.isSuccess && <output className="form-success">{t('sessions.ended')}</output>}
    </div>
  );
}
