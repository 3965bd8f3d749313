// Query option factory for the backups' state shown to admins.
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import { readAnswer } from './read-answer.ts';

export const backupsQueryOptions = () =>
  queryOptions({
    queryKey: ['backups'],
    queryFn: ({ signal }) => readAnswer(api.api.backups.$get(undefined, { init: { signal } })),
  });
