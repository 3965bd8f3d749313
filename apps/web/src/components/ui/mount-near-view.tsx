// Renders a below-the-fold card only when it is needed, so neither its data nor its chart chunk
// (Recharts is ~117 kB gzip) competes with the map and KPIs for the network and the main thread:
// when it scrolls within `margin` of the viewport, when the page is printed, or once every query
// the first screen started has settled and the browser is idle (so a card is ready by the time
// anyone scrolls, and find-in-page and tests see it too).
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
    const element = placeholder.current;
    if (mounted || !element) return;
    const mount = () => setMounted(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && mount(), {
      rootMargin: margin,
    });
    observer.observe(element);
    window.addEventListener('beforeprint', mount);
    const cancelIdle = settled ? whenIdle(mount) : undefined;
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', mount);
      cancelIdle?.();
    };
  }, [mounted, margin, settled]);

  if (mounted) return children;
  return <div ref={placeholder} className="mount-near-view" style={{ minBlockSize }} aria-hidden="true" />;
}
