import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from './status.tsx';

interface Props<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  /**
   * The titles of the cards the data fills: while it loads or after it failed, each card's frame
   * and title stay with the state inside, so the reader sees which chart is missing.
   */
  cards?: string[];
}

/** Loading and error states for a card's query; children render only with data. */
export function QueryBoundary<T>({ query, children, cards }: Props<T>) {
  if (!query.isPending && !query.isError) return <>{children(query.data)}</>;
  const state = () =>
    query.isPending ? <LoadingState /> : <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (!cards) return state();
  const frames = cards.map((title) => (
    <section key={title} className="card" aria-label={title}>
      <h2 className="card-title">{title}</h2>
      {state()}
    </section>
  ));
  return frames.length > 1 ? <div className="card-row">{frames}</div> : frames;
}
