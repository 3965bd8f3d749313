import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';

/**
 * One query parameter of the page URL as state, so every view (tab, stacking, page, sort) is in
 * the link. Setting the default value removes the parameter to keep links short.
 */
export function useUrlParam<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T,
): [T, (next: T) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const raw = new URLSearchParams(search).get(name);
  const value = raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;
  const setValue = useCallback(
    (next: T) => {
      const params = new URLSearchParams(search);
      if (next === fallback) params.delete(name);
      else params.set(name, next);
      const text = params.toString();
      navigate(`${location}${text ? `?${text}` : ''}`, { replace: true });
    },
    [search, location, navigate, name, fallback],
  );
  return [value, setValue];
}
