import type { ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { PRINT_WIDTH, usePrinting } from '../../lib/use-printing.ts';

/**
 * Recharts' ResponsiveContainer keeps the width it measured on screen (its ResizeObserver does
 * not run while the browser lays out for paper); on paper the chart is drawn at the A4 width.
 */
export function PrintableContainer({ height, children }: { height: number; children: ReactNode }) {
  const printing = usePrinting();
  return (
    <ResponsiveContainer width={printing ? PRINT_WIDTH : '100%'} height={printing ? height : '100%'}>
      {children}
    </ResponsiveContainer>
  );
}
