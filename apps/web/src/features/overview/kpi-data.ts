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

export function formatDelta(
  delta: KpiDelta,
  formatNumber: (n: number) => string,
  noChange: string,
  percentSign = '٪',
): string {
  if (delta.direction === 'same') return noChange;
  const sign = delta.difference > 0 ? '+' : '−';
  const amount = `${sign}${formatNumber(Math.abs(delta.difference))}`;
  return delta.percent === null ? amount : `${amount} (${sign}${formatNumber(Math.abs(delta.percent))}${percentSign})`;
}
