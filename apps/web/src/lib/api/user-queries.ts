// Reads the admin pages need, on the typed client. Keys match the public pages' keys for the
// same records, so an edit here refreshes them too.
import type { AuditQuery } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, toQuery, unwrap } from '../../../lib/api-client.ts';
import type { QueryData } from '../../../lib/query-data.ts';

export const adminMeetingQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['meetings', 'detail', id],
    queryFn: ({ signal }) => unwrap(api.api.meetings[':id'].$get({ param: { id: String(id) } }, { init: { signal } })),
  });

export const adminOrganizationQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['organizations', 'detail', id],
    queryFn: ({ signal }) =>
      unwrap(api.api.organizations[':id'].$get({ param: { id: String(id) } }, { init: { signal } })),
  });

export const auditQueryOptions = (query: AuditQuery) =>
  queryOptions({
    queryKey: ['audit', query],
    queryFn: ({ signal }) =>
      unwrap(api.api.audit.$get({ query: toQuery(query, { dropEmpty: true }) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: ['users'],
    queryFn: ({ signal }) => unwrap(api.api.users.$get(undefined, { init: { signal } })),
  });

export const userSessionsQueryOptions = (id: number) =>
  queryOptions({
    // Under ['users'], so ending sessions or changing the account refreshes it.
    queryKey: ['users', 'sessions', id],
    queryFn: ({ signal }) =>
      unwrap(api.api.users[':id'].sessions.$get({ param: { id: String(id) } }, { init: { signal } })),
  });

export type AdminMeetingData = QueryData<typeof adminMeetingQueryOptions>;
export type AdminOrganizationData = QueryData<typeof adminOrganizationQueryOptions>;
export type AuditData = QueryData<typeof auditQueryOptions>;
export type UsersData = QueryData<typeof usersQueryOptions>;

export const backupsQueryOptions = () =>
  queryOptions({
    queryKey: ['backups'],
    queryFn: ({ signal }) => unwrap(api.api.backups.$get(undefined, { init: { signal } })),
  });
