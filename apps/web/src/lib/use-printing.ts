// Charts size themselves from a width measured on screen; paper is narrower than a wide window,
// so printed charts would keep 1100 px and run off the page (in RTL off its left edge). While
// printing they are drawn for the A4 text block instead, the same from any window width.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** A4 (210 mm) less the 14 mm margins of `@page` in print.css, in CSS pixels (96 per inch). */
export const PRINT_WIDTH = Math.floor(((210 - 2 * 14) / 25.4) * 96);

let printing = false;
const listeners = new Set<() => void>();

function set(next: boolean) {
  if (next === printing) return;
  printing = next;
  // The browser lays the page out for paper right after `beforeprint` returns: redraw now.
  flushSync(() => {
    for (const listener of listeners) listener();
  });
}

let watching = false;
function watch() {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  window.addEventListener('beforeprint', () => set(true));
  window.addEventListener('afterprint', () => set(false));
  // Emulated print media (a PDF made by a headless browser) sends no beforeprint.
  const media = window.matchMedia?.('print');
  media?.addEventListener?.('change', (e) => set(e.matches));
  if (media?.matches) printing = true;
}

function subscribe(listener: () => void) {
  watch();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while the page is laid out for printing. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}
