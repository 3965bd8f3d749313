// Pure shaping of the comparison answer: the selection read from the URL, chart data with one
// field per province plus the median, and the rows of the table and of the CSV.
import { compareProvincesSchema, MAX_COMPARE } from '@hamgen/shared';

export const MEDIAN_KEY = 'median';
/** Distinct hues of the timeline palette; the median is drawn grey and dashed. */
export const COMPARE_COLORS = ['#1f6fb2', '#f28e2b', '#59a14f', '#8c6bb1'] as const;
export const MEDIAN_COLOR = '#6b7280';

export interface ComparedLike {
  province: string;
  nameFa: string;
  nameEn: string;
  series: { year: number; count: number }[];
  total: number;
  population: number;
  perMillion: number;
}

/** The `provinces` parameter as a selection; an invalid list is no selection (the page says why). */
export function parseSelection(search: string): { codes: string[]; invalid: boolean } {
  const raw = new URLSearchParams(search).get('provinces');
  if (raw === null || raw.trim() === '') return { codes: [], invalid: false };
  const parsed = compareProvincesSchema.safeParse(raw);
  if (parsed.success) return { codes: parsed.data, invalid: false };
  return { codes: [], invalid: true };
}

/** Adds or removes a province; a fifth one is refused (returns the selection unchanged). */
export function toggleProvince(codes: readonly string[], code: string): string[] {
  if (codes.includes(code)) return codes.filter((c) => c !== code);
  return codes.length >= MAX_COMPARE ? [...codes] : [...codes, code];
}

/** `{ year, 'IR-03': n, 'IR-23': m, median: x }` per year. */
export function compareChartData(
  provinces: readonly ComparedLike[],
  median: readonly { year: number; count: number }[],
) {
  return median.map((m, i) => {
    const datum: Record<string, number> = { year: m.year, [MEDIAN_KEY]: m.count };
    for (const p of provinces) datum[p.province] = p.series[i]?.count ?? 0;
    return datum;
  });
}

export interface CompareLabels {
  year: string;
  median: string;
  total: string;
  population: string;
  perMillion: string;
}

/** The view's CSV: a row per year, then totals, the census population and per-million figures. */
export function compareExportRows(
  provinces: readonly ComparedLike[],
  median: readonly { year: number; count: number }[],
  nameOf: (p: ComparedLike) => string,
  labels: CompareLabels,
) {
  const columns = [
    { header: labels.year, type: 'text' as const },
    ...provinces.map((p) => ({ header: nameOf(p), type: 'number' as const })),
    { header: labels.median, type: 'number' as const },
  ];
  const rows: (string | number | null)[][] = median.map((m, i) => [
    String(m.year),
    ...provinces.map((p) => p.series[i]?.count ?? 0),
    m.count,
  ]);
  rows.push([labels.total, ...provinces.map((p) => p.total), null]);
  rows.push([labels.population, ...provinces.map((p) => p.population), null]);
  rows.push([labels.perMillion, ...provinces.map((p) => p.perMillion), null]);
  return { columns, rows };
}
