import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { ChunkBoundary } from '../components/ui/chunk-boundary.tsx';

/** A failed page stays inside the layout; going to another address tries again. */
export function RouteBoundary({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    <ChunkBoundary resetKey={location} reloadOnce>
      {children}
    </ChunkBoundary>
  );
}
