import {
  type OrganizationListQuery,
  type OrganizationSort,
  organizationListQuerySchema,
  STATS_FILTER_KEYS,
} from '@hamgen/shared';
import { parseSearch } from '../../lib/url/search-params.ts';

export const REGISTRY_KEYS = [...STATS_FILTER_KEYS, 'q', 'page', 'sort'] as const;

export function parseRegistrySearch(search: string): OrganizationListQuery {
  return parseSearch(organizationListQuerySchema, REGISTRY_KEYS, search);
}

/** Clicking a column sorts by it; clicking the sorted column again reverses it. */
export function nextSort(current: OrganizationSort | undefined, column: string): OrganizationSort {
  const active = current ?? '-year';
  if (active === column) return `-${column}` as OrganizationSort;
  if (active === `-${column}`) return column as OrganizationSort;
  // Numbers read best largest first; names and provinces alphabetically.
  return (column === 'year' || column === 'members' ? `-${column}` : column) as OrganizationSort;
}

export function ariaSort(
  current: OrganizationSort | undefined,
  column: string,
): 'ascending' | 'descending' | undefined {
  const active = current ?? '-year';
  if (active === column) return 'ascending';
  if (active === `-${column}`) return 'descending';
  return undefined;
}
