// Pure shaping for the province map: which colour step each province gets, the legend's ranges,
// and where the tooltip goes. The component only draws what these functions decide.

export interface MapRow {
  province: string;
  nameFa: string;
  nameEn: string;
  count: number;
  demo: number;
}

/** A legend class: every count in from..to (inclusive) is drawn with ramp step `step`. */
export interface ColourClass {
  from: number;
  to: number;
  step: number;
}

/**
 * Five steps of one blue hue, evenly spaced in lightness (OKLCH L 0.90 → 0.38), so the order
 * reads in greyscale and for colour-blind readers too. Hex, not CSS variables: an exported SVG
 * must keep its colours outside the page.
 */
export const RAMP = ['#c8e1fb', '#8ebcec', '#5194d5', '#1f6cb0', '#00447a'] as const;
/** Zero is not a step of the ramp: light grey under a hatch, so "none" never reads as "few". */
export const ZERO_FILL = '#e8ebef';
export const ZERO_HATCH = '#a3aab3';

export const MAX_CLASSES = RAMP.length;

/**
 * Quantile classes over the non-zero counts: each class holds about the same number of provinces,
 * so one dominant province (Tehran) cannot squeeze every other province into the lightest step as
 * equal intervals would. Ties never straddle two classes, and when there are no more distinct
 * values than classes each value gets its own class. Ranges are contiguous steps of `unit` (1 for
 * counts, 0.01 for per-million figures) from the smallest value to the largest, so the legend has
 * no gaps.
 */
export function classBreaks(counts: readonly number[], maxClasses: number = MAX_CLASSES, unit = 1): ColourClass[] {
  let rest = counts.filter((c) => Number.isFinite(c) && c > 0).sort((a, b) => a - b);
  const uppers: number[] = [];
  for (let left = maxClasses; rest.length > 0 && left > 0; left--) {
    const distinct = [...new Set(rest)];
    if (distinct.length <= left) {
      uppers.push(...distinct);
      break;
    }
    const upper = rest[Math.ceil(rest.length / left) - 1] as number;
    uppers.push(upper);
    rest = rest.filter((c) => c > upper);
  }
  const first = counts.filter((c) => c > 0).reduce((min, c) => Math.min(min, c), Number.POSITIVE_INFINITY);
  // Fewer classes than steps take the darkest ones: present provinces always stand out from zeros.
  const offset = RAMP.length - uppers.length;
  // In whole units, then back: 2.5 + 0.01 in floating point is 2.5100000000000002.
  const perUnit = Math.round(1 / unit);
  const next = (value: number) => (Math.round(value * perUnit) + 1) / perUnit;
  return uppers.map((to, i) => ({ from: i === 0 ? first : next(uppers[i - 1] as number), to, step: offset + i }));
}

/** The ramp step for a count, or null for zero (and for anything no class covers). */
export function stepOf(count: number, classes: readonly ColourClass[]): number | null {
  if (!(count > 0)) return null;
  return classes.find((c) => count <= c.to)?.step ?? null;
}

export interface ShapedProvince {
  code: string;
  name: string;
  count: number;
  demo: number;
  step: number | null;
}

/**
 * One entry per geometry code, in the geometry's order. A code the rows lack is drawn as zero
 * under its code: by-province returns all 31 rows, so that only happens with a broken answer.
 */
export function shapeProvinces(
  codes: readonly string[],
  rows: readonly MapRow[],
  lang: string,
  unit = 1,
): { provinces: ShapedProvince[]; classes: ColourClass[] } {
  const byCode = new Map(rows.map((r) => [r.province, r]));
  const classes = classBreaks(
    codes.map((code) => byCode.get(code)?.count ?? 0),
    MAX_CLASSES,
    unit,
  );
  const provinces = codes.map((code) => {
    const row = byCode.get(code);
    const count = row?.count ?? 0;
    const name = row ? (lang === 'en' ? row.nameEn : row.nameFa) : code;
    return { code, name, count, demo: row?.demo ?? 0, step: stepOf(count, classes) };
  });
  return { provinces, classes };
}

export interface TooltipPlacement {
  /** Percent of the map box, from its left and top edges (the map surface is always LTR). */
  x: number;
  y: number;
  /** Which edge of the tooltip sits on the point (inline edges of the LTR surface), so tooltips
   * near the map's borders stay inside it. */
  align: 'start' | 'center' | 'end';
  below: boolean;
}

export function tooltipPlacement(cx: number, cy: number, width: number, height: number): TooltipPlacement {
  const x = (cx / width) * 100;
  const y = (cy / height) * 100;
  const align = x < 25 ? 'start' : x > 75 ? 'end' : 'center';
  return { x, y, align, below: y < 20 };
}

/** The legend as flat items (none first, then each class), for exported images. */
export function legendItems(
  counts: readonly number[],
  labels: { none: string; range: (from: number, to: number) => string },
  unit = 1,
): { label: string; color: string }[] {
  const classes = classBreaks(counts, MAX_CLASSES, unit);
  return [
    { label: labels.none, color: ZERO_FILL },
    ...classes.map((c) => ({ label: labels.range(c.from, c.to), color: RAMP[c.step] ?? RAMP[0] })),
  ];
}
