// One account in the users table: its role (changed at once), disabling, a password reset with a
// one-time password, and its sessions. An admin does not demote or disable themselves here.
import { USER_ROLES, type UserRole } from '@hamgen/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../../components/forms/conflict-alert.tsx';
import { FormAlert } from '../../../components/forms/fields.tsx';
import { useAuth } from '../../../lib/api/auth-queries.ts';
import { api } from '../../../lib/api/client.ts';
import { writeInit } from '../../../lib/api/csrf-header.ts';
import { invalidateAfterWrite } from '../../../lib/api/invalidate-after-write.ts';
import { isConflict, readAnswer } from '../../../lib/api/read-answer.ts';
import type { UsersData } from '../../../lib/api/user-queries.ts';
import { OneTimePassword } from './one-time-password.tsx';
import { UserSessions } from './user-sessions.tsx';

type User = UsersData['rows'][number];

export function UserRow({ user: u }: { user: User }) {
  const { t } = useTranslation(['admin', 'secretariat']);
  const { csrfToken, user: me } = useAuth();
  const client = useQueryClient();
  const [showSessions, setShowSessions] = useState(false);
  const self = u.id === me?.id;
  const param = { id: String(u.id) };
  const patch = useMutation({
    mutationFn: (json: { version: number; role?: UserRole; disabled?: boolean }) =>
      readAnswer(api.api.users[':id'].$patch({ param, json }, writeInit(csrfToken))),
    onSuccess: () => invalidateAfterWrite(client, 'user'),
  });
  const reset = useMutation({
    mutationFn: () => readAnswer(api.api.users[':id']['password-reset'].$post({ param }, writeInit(csrfToken))),
    onSuccess: () => invalidateAfterWrite(client, 'user'),
  });
  const failed = patch.error ?? reset.error;
  const sessionsId = `sessions-${u.id}`;
  return (
    <>
      <tr>
        <td dir="ltr">{u.username}</td>
        <td>{u.displayName}</td>
        <td>
          <select
            aria-label={t('secretariat:users.roleOf', { username: u.username })}
            value={u.role}
            disabled={self || patch.isPending}
            onChange={(e) => patch.mutate({ version: u.version, role: e.target.value as UserRole })}
          >
            {USER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`users.roles.${r}`)}
              </option>
            ))}
          </select>
        </td>
        <td>
          {u.disabled ? t('users.disabled') : t('users.active')}
          {u.mustChangePassword && <span className="badge">{t('secretariat:users.mustChange')}</span>}
        </td>
        <td className="row-actions">
          {!self && (
            <button
              type="button"
              className="button button-quiet"
              disabled={patch.isPending}
              onClick={() => patch.mutate({ version: u.version, disabled: !u.disabled })}
            >
              {u.disabled ? t('users.enable') : t('users.disable')}
            </button>
          )}
          <button
            type="button"
            className="button button-quiet"
            disabled={reset.isPending}
            onClick={() => reset.mutate()}
          >
            {t('secretariat:users.reset', { username: u.username })}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-expanded={showSessions}
            aria-controls={sessionsId}
            onClick={() => setShowSessions((v) => !v)}
          >
            {t('secretariat:users.sessions', { username: u.username })}
          </button>
        </td>
      </tr>
      {(failed || reset.data || showSessions) && (
        <tr className="user-row-detail">
          <td colSpan={5} id={sessionsId}>
            {isConflict(failed) ? (
              <ConflictAlert
                onReload={() => {
                  patch.reset();
                  invalidateAfterWrite(client, 'user');
                }}
              />
            ) : (
              <FormAlert message={failed?.message} />
            )}
            {reset.data && <OneTimePassword username={u.username} password={reset.data.generatedPassword} />}
            {showSessions && <UserSessions user={u} />}
          </td>
        </tr>
      )}
    </>
  );
}
