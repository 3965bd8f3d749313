// A choropleth of the 31 provinces from precomputed SVG paths (docs/decisions/004): no d3 and no
// GeoJSON at runtime. Colours, strokes and the hatch are SVG attributes rather than CSS so that a
// serialized export keeps them. The SVG surface stays LTR (geometry is never mirrored); the legend
// and the tooltip's text follow the UI language.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { type Measure, measureUnit } from '../../lib/measure.ts';
import { type MapRow, RAMP, shapeProvinces, tooltipPlacement, ZERO_FILL, ZERO_HATCH } from './map-data.ts';
import type { MapGeometry, MapShape } from './map-geometry.ts';
import './province-map.css';

export type { MapRow } from './map-data.ts';

interface ProvinceMapProps {
  /** The 31 shapes (see map-geometry.ts). */
  geometry: MapGeometry;
  /** 31 rows from GET /api/stats/by-province. */
  rows: MapRow[];
  /** Accessible name of the map. */
  title: string;
  /** Called on click, Enter or Space on a province. */
  onSelect?: (code: string) => void;
  /** A province drawn with a strong outline (the fact sheet's own province). */
  highlight?: string;
  /** What `count` holds: organizations, or organizations per million inhabitants. */
  measure?: Measure;
}

// Drawn above every province, so neighbours' fills cannot cover part of the line. A white halo
// under a dark line shows on the lightest and the darkest step alike. Unnamed SVG shapes are not
// exposed to assistive technology, so the outlines need no aria-hidden.
const OUTLINES = {
  highlight: { halo: 7, line: 3.5, colour: '#c2410c' },
  focus: { halo: 6, line: 2.5, colour: '#111827' },
  hover: { halo: 4, line: 1.5, colour: '#111827' },
} as const;

function Outline({ shape, kind }: { shape: MapShape | undefined; kind: keyof typeof OUTLINES }) {
  if (!shape) return null;
  const { halo, line, colour } = OUTLINES[kind];
  const common = { d: shape.d, fill: 'none', strokeLinejoin: 'round', vectorEffect: 'non-scaling-stroke' } as const;
  return (
    <g className={`province-map-outline is-${kind}`} data-outline={shape.code} pointerEvents="none">
      {halo > 0 && <path {...common} stroke="#ffffff" strokeWidth={halo} />}
      <path {...common} stroke={colour} strokeWidth={line} />
    </g>
  );
}

export function ProvinceMapView({ geometry, rows, title, onSelect, highlight, measure = 'count' }: ProvinceMapProps) {
  const { t, i18n } = useTranslation('map');
  const lang = i18n.language;
  // url(#…) references break on the punctuation React puts into ids.
  const hatchId = `hatch-${useId().replace(/[^\w-]/g, '')}`;
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [tipHidden, setTipHidden] = useState(false);

  const shapes = useMemo(() => new Map(geometry.provinces.map((p) => [p.code, p])), [geometry]);
  const { provinces, classes } = useMemo(
    () =>
      shapeProvinces(
        geometry.provinces.map((p) => p.code),
        rows,
        lang,
        measureUnit(measure),
      ),
    [geometry, rows, lang, measure],
  );

  // Built once per data change: hovering and focusing only redraw the overlays and the tooltip.
  const paths = useMemo(
    () =>
      provinces.map((p) => {
        const formatted = formatNumber(p.count, lang);
        const isZero = p.step === null;
        const classNames = ['province-map-province', isZero ? 'is-zero' : `is-step-${(p.step ?? 0) + 1}`];
        if (p.code === highlight) classNames.push('is-highlight');
        return (
          // biome-ignore lint/a11y/noStaticElementInteractions: the role is set below (button or img), Biome cannot read a conditional role
          <path
            key={p.code}
            d={shapes.get(p.code)?.d}
            fill={p.step === null ? `url(#${hatchId})` : RAMP[p.step]}
            className={classNames.join(' ')}
            vectorEffect="non-scaling-stroke"
            data-province={p.code}
            // A province is a button when something happens on it; otherwise it still takes focus
            // so keyboard users can read its count in the tooltip.
            role={onSelect ? 'button' : 'img'}
            tabIndex={0}
            aria-label={
              measure === 'count'
                ? t('province.label', { name: p.name, formatted, count: p.count })
                : t('province.labelPerMillion', { name: p.name, formatted })
            }
            aria-current={p.code === highlight ? 'true' : undefined}
            onClick={() => onSelect?.(p.code)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault(); // Space would scroll the page
                onSelect?.(p.code);
              } else if (e.key === 'Escape') {
                setTipHidden(true);
              }
            }}
            onFocus={() => {
              setFocused(p.code);
              setTipHidden(false);
            }}
            onBlur={() => setFocused((c) => (c === p.code ? null : c))}
            onMouseEnter={() => {
              setHovered(p.code);
              setTipHidden(false);
            }}
            onMouseLeave={() => setHovered((c) => (c === p.code ? null : c))}
          />
        );
      }),
    [provinces, shapes, lang, t, hatchId, highlight, onSelect, measure],
  );

  const active = hovered ?? focused;
  const tip = !tipHidden && active ? provinces.find((p) => p.code === active) : undefined;
  const tipShape = tip && shapes.get(tip.code);
  const place = tipShape && tooltipPlacement(tipShape.cx, tipShape.cy, geometry.width, geometry.height);
  const legendTitleId = `${hatchId}-legend`;

  return (
    <div className={onSelect ? 'province-map is-selectable' : 'province-map'}>
      <div className="province-map-surface" dir="ltr">
        {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; "group" names a set of focusable provinces */}
        <svg
          className="province-map-svg"
          viewBox={`0 0 ${geometry.width} ${geometry.height}`}
          role="group"
          aria-label={title}
        >
          <defs>
            <pattern id={hatchId} patternUnits="userSpaceOnUse" width={8} height={8} patternTransform="rotate(45)">
              <rect width={8} height={8} fill={ZERO_FILL} />
              <line x1={0} y1={0} x2={0} y2={8} stroke={ZERO_HATCH} strokeWidth={3} />
            </pattern>
          </defs>
          <g stroke="#ffffff" strokeWidth={1} strokeLinejoin="round">
            {paths}
          </g>
          {highlight && <Outline shape={shapes.get(highlight)} kind="highlight" />}
          {hovered && hovered !== focused && <Outline shape={shapes.get(hovered)} kind="hover" />}
          {focused && <Outline shape={shapes.get(focused)} kind="focus" />}
        </svg>
        {tip && place && (
          <div
            className="province-map-tooltip"
            role="tooltip"
            data-align={place.align}
            data-below={place.below}
            style={{ insetInlineStart: `${place.x}%`, insetBlockStart: `${place.y}%` }}
          >
            <div dir={i18n.dir(lang)}>
              <strong className="province-map-tooltip-name">{tip.name}</strong>
              <span>
                {measure === 'count'
                  ? t('tooltip.count', { count: tip.count, formatted: formatNumber(tip.count, lang) })
                  : t('tooltip.perMillion', { formatted: formatNumber(tip.count, lang) })}
              </span>
              {tip.demo > 0 && (
                <span className="province-map-tooltip-demo">
                  {t('tooltip.demo', { formatted: formatNumber(tip.demo, lang) })}
                </span>
              )}
            </div>
          </div>
        )}
      </div>
      <div className="province-map-legend">
        <p className="province-map-legend-title" id={legendTitleId}>
          {t(measure === 'count' ? 'legend.title' : 'legend.titlePerMillion')}
        </p>
        <ul className="province-map-legend-list" aria-labelledby={legendTitleId}>
          <li data-legend="none">
            <Swatch fill={`url(#${hatchId})`} />
            {t('legend.none')}
          </li>
          {classes.map((c) => (
            <li key={c.step} data-legend={`step-${c.step + 1}`}>
              <Swatch fill={RAMP[c.step] ?? ZERO_FILL} />
              {c.from === c.to
                ? formatNumber(c.from, lang)
                : t('legend.range', { from: formatNumber(c.from, lang), to: formatNumber(c.to, lang) })}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function Swatch({ fill }: { fill: string }) {
  return (
    <svg className="province-map-swatch" viewBox="0 0 16 16" aria-hidden="true">
      <rect width={16} height={16} fill={fill} />
    </svg>
  );
}
