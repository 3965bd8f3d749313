// One decision with its follow-up history: read by the meeting page and the decisions tracker
// alike, so it lives outside both features. The key sits under ['decisions'], which every
// decision write refreshes.
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './api-client.ts';
import type { QueryData } from './query-data.ts';

export const decisionQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['decisions', 'detail', id],
    queryFn: ({ signal }) => unwrap(api.api.decisions[':id'].$get({ param: { id: String(id) } }, { init: { signal } })),
  });

export type DecisionData = QueryData<typeof decisionQueryOptions>;
