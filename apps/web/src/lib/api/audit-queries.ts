// Query option factory for the audit log: every filter is in the key.
import type { AuditQuery } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, toQuery } from './client.ts';
import type { QueryData } from './query-data.ts';
import { readAnswer } from './read-answer.ts';

export const auditKey = ['audit'] as const;

export const auditQueryOptions = (query: AuditQuery) =>
  queryOptions({
    queryKey: [...auditKey, query],
    queryFn: ({ signal }) =>
      readAnswer(api.api.audit.$get({ query: toQuery(query, { dropEmpty: true }) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export type AuditData = QueryData<typeof auditQueryOptions>;
