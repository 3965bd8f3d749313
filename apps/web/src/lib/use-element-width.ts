import { type RefObject, useEffect, useState } from 'react';
import { PRINT_WIDTH, usePrinting } from './use-printing.ts';

/** The element's content width, kept current as the layout changes (charts redraw to fit); on paper, the A4 width. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 600): number {
  const [width, setWidth] = useState(fallback);
  const printing = usePrinting();
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width) || fallback);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return printing ? PRINT_WIDTH : width;
}
