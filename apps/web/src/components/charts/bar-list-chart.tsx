// The ranking chart (provinces, sectors) as plain SVG: it is on the overview's first screen, and
// Recharts (over 100 KB gzip) would more than double the JavaScript that screen needs. The
// geometry is pure (bar-list-data.ts); here it is only drawn. RTL: names on the right, bars grow
// leftwards, the value at each bar's end; the SVG itself stays LTR so coordinates mean one thing.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { useElementWidth } from '../../lib/use-element-width.ts';
import { barGeometry, type Layout, niceTicks, xOf } from './bar-list-data.ts';
import type { RankedRow } from './ranking-data.ts';

const ROW_HEIGHT = 24;
const BAR_HEIGHT = 16;
const TOP = 4;
const AXIS_HEIGHT = 28;

/** Room for the longest name at 13 px (Latin runs wider per letter than joined Persian). */
function nameColumn(rows: RankedRow[], lang: string, width: number): number {
  const longest = Math.max(0, ...rows.map((r) => r.name.length));
  const estimate = longest * (lang === 'en' ? 7 : 6) + 12;
  return Math.round(Math.min(Math.max(estimate, 80), width * 0.45));
}

export function BarListChart({ rows, label }: { rows: RankedRow[]; label: string }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const nameWidth = nameColumn(rows, lang, width);
  const layout: Layout = { width, nameWidth, rowHeight: ROW_HEIGHT, top: TOP, rtl: lang !== 'en' };
  const ticks = niceTicks(Math.max(0, ...rows.map((r) => r.count)));
  const max = ticks.at(-1) ?? 1;
  const axisY = TOP + rows.length * ROW_HEIGHT + 2;
  const height = axisY + AXIS_HEIGHT;
  const n = (v: number) => formatNumber(v, lang);

  return (
    <div ref={ref} className="chart-surface" dir="ltr">
      <svg
        className="bar-list-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={label}
      >
        <g className="bar-grid">
          {ticks.map((tick) => (
            <line
              key={tick}
              x1={xOf(tick, max, layout)}
              x2={xOf(tick, max, layout)}
              y1={TOP}
              y2={axisY}
              stroke="#eceff3"
            />
          ))}
        </g>
        {rows.map((row, i) => {
          const g = barGeometry(row.count, i, max, layout);
          const middle = g.y + ROW_HEIGHT / 2;
          return (
            <g key={row.key} className="bar-row" data-key={row.key}>
              <title>{`${row.name}: ${n(row.count)}`}</title>
              <rect
                className="bar"
                x={g.x}
                y={middle - BAR_HEIGHT / 2}
                width={Math.max(0, g.width)}
                height={BAR_HEIGHT}
                rx={2}
                fill="#1f6fb2"
              />
              <RowLabel
                className="bar-name"
                x={g.nameX}
                y={middle}
                anchor={g.nameAnchor}
                fontSize={13}
                direction={layout.rtl ? 'rtl' : 'ltr'}
              >
                {row.name}
              </RowLabel>
              {row.count > 0 && (
                <RowLabel className="bar-value" x={g.labelX} y={middle} anchor={g.labelAnchor} fontSize={12}>
                  {n(row.count)}
                </RowLabel>
              )}
            </g>
          );
        })}
        <g className="bar-axis">
          <line x1={xOf(0, max, layout)} x2={xOf(max, max, layout)} y1={axisY} y2={axisY} stroke="#8b93a1" />
          {ticks.map((tick) => (
            <text key={tick} x={xOf(tick, max, layout)} y={axisY + 16} textAnchor="middle" fontSize={12} fill="#5b6475">
              {n(tick)}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}

interface RowLabelProps {
  className: string;
  x: number;
  /** The row's middle: the text is centred on it. */
  y: number;
  anchor: 'start' | 'end';
  fontSize: number;
  /** Only the name needs it: a number reads the same either way. */
  direction?: 'rtl' | 'ltr';
  children: string;
}

/** A row's name or value, centred on the row's middle in the ink colour. */
function RowLabel({ className, x, y, anchor, fontSize, direction, children }: RowLabelProps) {
  return (
    <text
      className={className}
      x={x}
      y={y}
      dominantBaseline="central"
      textAnchor={anchor}
      fontSize={fontSize}
      fill="#1d2330"
      direction={direction}
    >
      {children}
    </text>
  );
}
