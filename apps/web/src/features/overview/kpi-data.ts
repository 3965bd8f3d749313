// Year-over-year change of a KPI, as the card shows it: signed difference and percentage.

export interface KpiDelta {
  difference: number;
  /** Null when the year before had zero (a percentage would be infinite). */
  percent: number | null;
  direction: 'up' | 'down' | 'same';
}

export function kpiDelta(current: number, previous: number): KpiDelta {
  const difference = current - previous;
  return {
    difference,
    percent: previous === 0 ? null : Math.round((difference / previous) * 1000) / 10,
    direction: difference > 0 ? 'up' : difference < 0 ? 'down' : 'same',
  };
}

/**
 * The change as the card shows it, always in one order: the signed number, then the signed
 * percentage («+۵» then «+۵۰٪»). Each is its own left-to-right run (the sign stays before the
 * digits), while the two follow the reading direction, so a Persian reader meets the number first too.
 */
export interface DeltaText {
  amount: string;
  percent: string | null;
}

export function formatDelta(
  delta: KpiDelta,
  formatNumber: (n: number) => string,
  noChange: string,
  percentSign = '٪',
): DeltaText {
  if (delta.direction === 'same') return { amount: noChange, percent: null };
  const sign = delta.difference > 0 ? '+' : '−';
  const amount = `${sign}${formatNumber(Math.abs(delta.difference))}`;
  const percent = delta.percent === null ? null : `${sign}${formatNumber(Math.abs(delta.percent))}${percentSign}`;
  return { amount, percent };
}
