// Renders a below-the-fold card only when it is needed, so neither its data nor its chart chunk
// (Recharts is ~117 kB gzip) competes with the map and KPIs for the network and the main thread.
// Nothing is decided before every query the first screen started has settled: until then the
// page is short and every placeholder looks "in view". After that the card mounts when it comes
// within `margin` of the viewport or when the browser is idle (so it is ready by the time anyone
// scrolls, and find-in-page and tests see it), and at once when the page is printed.
import { useIsFetching } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';

interface MountNearViewProps {
  children: ReactNode;
  /** Space the card will take, so the page does not jump when it mounts. */
  minBlockSize: string;
  margin?: string;
}

const whenIdle = (run: () => void): (() => void) => {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
};

export function MountNearView({ children, minBlockSize, margin = '300px' }: MountNearViewProps) {
  const placeholder = useRef<HTMLDivElement>(null);
  const [mounted, setMounted] = useState(() => typeof IntersectionObserver === 'undefined');
  // "Settled" only after something was fetched: on the very first render nothing has started yet.
  const fetching = useIsFetching() > 0;
  const startedFetching = useRef(false);
  if (fetching) startedFetching.current = true;
  const settled = !fetching && startedFetching.current;

  useEffect(() => {
    if (mounted) return;
    const mount = () => setMounted(true);
    window.addEventListener('beforeprint', mount);
    return () => window.removeEventListener('beforeprint', mount);
  }, [mounted]);

  useEffect(() => {
    const element = placeholder.current;
    if (mounted || !settled || !element) return;
    const mount = () => setMounted(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && mount(), {
      rootMargin: margin,
    });
    observer.observe(element);
    const cancelIdle = whenIdle(mount);
    return () => {
      observer.disconnect();
      cancelIdle();
    };
  }, [mounted, margin, settled]);

  if (mounted) return children;
  return <div ref={placeholder} className="mount-near-view" style={{ minBlockSize }} aria-hidden="true" />;
}
