import { type ReactNode, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isChunkLoadError, markChunksLoaded, reloadOnceForChunk } from '../../lib/chunk-reload.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { ErrorState, LoadingState } from './status.tsx';

/**
 * Around a route or a lazily loaded card: a chunk that fails to download (a dropped link, or a tab
 * older than the last deploy) or a part that fails to render shows our message and «بارگذاری
 * دوباره» in its place, and the header, navigation and the other cards stay.
 */
export function ChunkBoundary({
  children,
  resetKey,
  reloadOnce = false,
}: {
  children: ReactNode;
  resetKey?: unknown;
  /**
   * Reload the page once for a missing chunk (a stale tab). Only for routes: their successful load
   * clears the mark, so a card's chunk that keeps failing under a working route would reload forever.
   */
  reloadOnce?: boolean;
}) {
  return (
    <ErrorBoundary
      resetKey={resetKey}
      onError={(error) => {
        if (reloadOnce && isChunkLoadError(error)) reloadOnceForChunk();
      }}
      fallback={(error, reset) => <LoadFailure error={error} onRetry={reset} />}
    >
      {children}
    </ErrorBoundary>
  );
}

function LoadFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const chunk = isChunkLoadError(error);
  return (
    <ErrorState
      error={error}
      message={t(chunk ? 'states.chunkFailed' : 'states.renderFailed')}
      retryLabel={t('states.reload')}
      // React remembers a lazy import that failed, so only a fresh page load fetches it again.
      onRetry={chunk ? () => window.location.reload() : onRetry}
    />
  );
}

/** Rendered beside a route inside its Suspense: it mounts only once the route's chunks arrived. */
export function ChunksLoaded() {
  useEffect(() => markChunksLoaded(), []);
  return null;
}

/** A lazily loaded part of a card (a Recharts chart): its spinner, and its failure kept inside the card. */
export function LazyPart({ children }: { children: ReactNode }) {
  return (
    <ChunkBoundary>
      <Suspense fallback={<LoadingState />}>{children}</Suspense>
    </ChunkBoundary>
  );
}
