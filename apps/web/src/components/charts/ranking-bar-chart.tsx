// Recharts does not mirror itself for right-to-left: the SVG surface stays LTR, the category
// axis sits on the right and the value axis is reversed so bars grow leftwards from the names,
// and the HTML tooltip is RTL. Loaded lazily: Recharts is not part of the first screen's JS.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../lib/format.ts';
import type { RankedProvince } from '../by-province-data.ts';

const ROW_HEIGHT = 24;

// Users who ask for less motion (and the e2e run, which emulates it) get bars at their final size.
const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export default function ProvinceBarChart({ rows }: { rows: RankedProvince[] }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const rtl = lang !== 'en';
  const height = rows.length * ROW_HEIGHT + 40;
  return (
    <div className="chart-surface" dir="ltr" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 8, bottom: 4, left: 8 }} barCategoryGap={4}>
          <CartesianGrid horizontal={false} stroke="var(--grid)" />
          <XAxis
            type="number"
            allowDecimals={false}
            reversed={rtl}
            tickFormatter={(v: number) => formatNumber(v, lang)}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="name"
            orientation={rtl ? 'right' : 'left'}
            width={130}
            interval={0}
            tick={{ fill: 'var(--text)', fontSize: 13 }}
            tickLine={false}
          />
          <Tooltip
            cursor={{ fill: 'var(--hover)' }}
            wrapperStyle={{ direction: rtl ? 'rtl' : 'ltr' }}
            formatter={(value) => [formatNumber(Number(value), lang), '']}
            separator=""
          />
          <Bar dataKey="count" fill="var(--accent)" isAnimationActive={!prefersReducedMotion()} radius={[2, 2, 2, 2]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
