// Pure shaping of the timeline answer for a stacked bar chart: one datum per Jalali year with a
// field per group, groups ordered by their total (largest at the base of the stack).

export interface TimelineRowLike {
  year: number;
  count: number;
  demo: number;
  groups: Record<string, number>;
}

export interface TimelineSeries {
  key: string;
  label: string;
  color: string;
}

// A qualitative palette with distinct lightness, so neighbouring stacks differ without hue too.
export const SERIES_COLORS = ['#1f6fb2', '#f28e2b', '#59a14f', '#b6992d', '#8c6bb1', '#e15759', '#76b7b2', '#9c755f'];
export const OTHER_COLOR = '#b8bec8';
export const OTHER_KEY = '__other';

export function timelineSeries(
  rows: readonly TimelineRowLike[],
  keys: readonly string[],
  labelOf: (key: string) => string,
  otherLabel: string,
  maxSeries = SERIES_COLORS.length,
): TimelineSeries[] {
  if (keys.length === 0) return [{ key: 'count', label: '', color: SERIES_COLORS[0] as string }];
  const totals = new Map(keys.map((k) => [k, rows.reduce((sum, r) => sum + (r.groups[k] ?? 0), 0)]));
  const ordered = [...keys].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b));
  const shown = ordered.length > maxSeries ? ordered.slice(0, maxSeries - 1) : ordered;
  const series = shown.map((key, i) => ({ key, label: labelOf(key), color: SERIES_COLORS[i] as string }));
  if (shown.length < ordered.length) series.push({ key: OTHER_KEY, label: otherLabel, color: OTHER_COLOR });
  return series;
}

/** Chart data: `{ year, count, <key>: n, __other: n }` for every year. */
export function timelineData(rows: readonly TimelineRowLike[], series: readonly TimelineSeries[]) {
  const shown = new Set(series.map((s) => s.key));
  return rows.map((row) => {
    const datum: Record<string, number> = { year: row.year, count: row.count };
    if (!series.some((s) => s.key === OTHER_KEY)) {
      for (const [key, n] of Object.entries(row.groups)) datum[key] = n;
      return datum;
    }
    let other = 0;
    for (const [key, n] of Object.entries(row.groups)) {
      if (shown.has(key)) datum[key] = n;
      else other += n;
    }
    datum[OTHER_KEY] = other;
    return datum;
  });
}
