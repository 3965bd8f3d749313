// "Count" or "per million inhabitants" (1395 census) for the map, the ranking and the fact
// sheet: `?measure=per_million` in the URL, count by default. Pure helpers here; the hook and the
// switch live beside them.
import { useUrlParam } from './url/use-url-param.ts';

export const MEASURES = ['count', 'per_million'] as const;
export type Measure = (typeof MEASURES)[number];

export function useMeasure(): [Measure, (next: Measure) => void] {
  return useUrlParam('measure', MEASURES, 'count');
}

interface PopulatedRow {
  count: number;
  perMillion: number;
}

/** Rows whose `count` is the measured value, so every chart and table draws it unchanged. */
export function measuredRows<R extends PopulatedRow>(rows: readonly R[], measure: Measure): R[] {
  return measure === 'count' ? [...rows] : rows.map((r) => ({ ...r, count: r.perMillion }));
}

/** Per-million figures rest on the census, so the source line and exports name it too. */
export function measuredSources(sources: Record<string, number>, measure: Measure, provinces = 31) {
  return measure === 'count' ? sources : { ...sources, census: provinces };
}

/** The smallest difference between two values: whole counts, or per-million figures to 0.01. */
export const measureUnit = (measure: Measure) => (measure === 'count' ? 1 : 0.01);
