import { type DecisionListQuery, decisionListQuerySchema } from '@hamgen/shared';
import { parseSearch } from '../../lib/url/search-params.ts';

/** The tracker keeps every filter in the URL under the API's own names. */
export const DECISION_KEYS = ['status', 'topic', 'province', 'from', 'to', 'overdue', 'q', 'page'] as const;

/**
 * The page offers "only overdue" or no overdue filter at all. The API reads overdue=false as
 * "not overdue", so a hand-edited `?overdue=false` is dropped rather than silently narrowing.
 */
export function parseDecisionSearch(search: string): DecisionListQuery {
  const { overdue, ...rest } = parseSearch(decisionListQuerySchema, DECISION_KEYS, search);
  return overdue ? { ...rest, overdue: true } : rest;
}
