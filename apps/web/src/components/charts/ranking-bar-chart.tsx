// Recharts does not mirror itself for right-to-left: the SVG surface stays LTR, the category
// axis sits on the right and the value axis is reversed so bars grow leftwards from the names,
// and the HTML tooltip is RTL. Loaded lazily: Recharts is not part of the first screen's JS.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../lib/format.ts';
import { prefersReducedMotion } from './motion.ts';
import type { RankedRow } from './ranking-data.ts';

const ROW_HEIGHT = 24;

export default function RankingBarChart({ rows, nameWidth = 130 }: { rows: RankedRow[]; nameWidth?: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rtl = lang !== 'en';
  return (
    <div className="chart-surface" dir="ltr" style={{ height: rows.length * ROW_HEIGHT + 40 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: rtl ? 8 : 36, bottom: 4, left: rtl ? 36 : 8 }}
          barCategoryGap={4}
        >
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
            width={nameWidth}
            interval={0}
            tick={{ fill: 'var(--text)', fontSize: 13 }}
            tickLine={false}
          />
          <Tooltip
            cursor={{ fill: 'var(--hover)' }}
            wrapperStyle={{ direction: rtl ? 'rtl' : 'ltr' }}
            formatter={(value) => [formatNumber(Number(value), lang), t('table.count')]}
          />
          <Bar dataKey="count" fill="var(--accent)" isAnimationActive={!prefersReducedMotion()} radius={2}>
            {/* The value at the bar's end: exact numbers without hovering (zeros stay unlabelled). */}
            <LabelList
              dataKey="count"
              position="right"
              className="bar-value"
              formatter={(v) => (Number(v) > 0 ? formatNumber(Number(v), lang) : '')}
              fill="var(--text)"
              fontSize={12}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
