// The axes every Jalali-year chart shares (timeline bars, comparison lines). Right-to-left: the
// year axis runs reversed (earliest on the right) and the value axis sits on the right.
import { formatNumber, formatYear } from '../../lib/format.ts';

const tick = { fill: 'var(--muted)', fontSize: 12 };

export function yearAxisProps(lang: string) {
  return {
    dataKey: 'year',
    reversed: lang !== 'en',
    tickFormatter: (y: number) => formatYear(y, lang),
    tick,
    interval: 'preserveStartEnd' as const,
    minTickGap: 8,
  };
}

export function valueAxisProps(lang: string, width = 48) {
  return {
    orientation: lang === 'en' ? ('left' as const) : ('right' as const),
    allowDecimals: false,
    width,
    tickFormatter: (v: number) => formatNumber(v, lang),
    tick,
  };
}
