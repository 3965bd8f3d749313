// Query option factory for the decisions tracker: every filter is in the key.
import type { DecisionListQuery } from '@hamgen/shared';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { QueryData } from '../../../lib/query-data.ts';
import { decisionApiQuery } from '../decisions-params.ts';

export const decisionsQueryOptions = (query: DecisionListQuery) =>
  queryOptions({
    queryKey: ['decisions', 'list', query],
    queryFn: ({ signal }) => unwrap(api.api.decisions.$get({ query: decisionApiQuery(query) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export type DecisionsData = QueryData<typeof decisionsQueryOptions>;
