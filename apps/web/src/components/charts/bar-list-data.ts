// Pure geometry for the ranking bar chart: "nice" axis ticks and each bar's position, mirrored
// for right-to-left (names on the right, bars growing leftwards), so the component only draws.

/** Round tick steps (1, 2, 5 × 10^n) covering 0..max in about `count` steps. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const wholeStep = Math.max(1, Math.round(step));
  const ticks: number[] = [];
  for (let v = 0; v < max + wholeStep; v += wholeStep) ticks.push(v);
  return ticks;
}

export interface BarGeometry {
  /** Left edge and width of the bar, in SVG user units. */
  x: number;
  width: number;
  y: number;
  /** Where the value label sits (just past the bar's end) and how it is anchored. */
  labelX: number;
  labelAnchor: 'start' | 'end';
  /**
   * Where the name sits and how it is anchored. In RTL the names are right-aligned to the chart's
   * edge: with direction="rtl", `start` is a line's right end.
   */
  nameX: number;
  nameAnchor: 'start' | 'end';
}

export interface Layout {
  width: number;
  nameWidth: number;
  rowHeight: number;
  top: number;
  rtl: boolean;
  /** Room left past the longest bar for its value label. */
  labelRoom?: number;
}

export function plotArea(layout: Layout) {
  const room = layout.labelRoom ?? 36;
  const plotWidth = Math.max(10, layout.width - layout.nameWidth - room - 8);
  // In RTL the axis is the plot's right edge; in LTR its left edge.
  const axisX = layout.rtl ? layout.width - layout.nameWidth : layout.nameWidth;
  return { plotWidth, axisX };
}

export function xOf(value: number, max: number, layout: Layout): number {
  const { plotWidth, axisX } = plotArea(layout);
  const length = max > 0 ? (value / max) * plotWidth : 0;
  return layout.rtl ? axisX - length : axisX + length;
}

export function barGeometry(value: number, index: number, max: number, layout: Layout): BarGeometry {
  const { axisX } = plotArea(layout);
  const end = xOf(value, max, layout);
  const y = layout.top + index * layout.rowHeight;
  return layout.rtl
    ? {
        x: end,
        width: axisX - end,
        y,
        labelX: end - 4,
        labelAnchor: 'end',
        nameX: layout.width - 2,
        nameAnchor: 'start',
      }
    : { x: axisX, width: end - axisX, y, labelX: end + 4, labelAnchor: 'start', nameX: axisX - 6, nameAnchor: 'end' };
}
