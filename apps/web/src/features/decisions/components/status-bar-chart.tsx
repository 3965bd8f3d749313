// Decisions by status as three horizontal bars. Right-to-left like the other charts: the SVG
// surface stays LTR, the status names sit on the right and the value axis is reversed so bars
// grow leftwards from them; the tooltip is RTL HTML. Loaded lazily with Recharts.
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  type BarShapeProps,
  CartesianGrid,
  LabelList,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { prefersReducedMotion } from '../../../components/charts/motion.ts';
import { PrintableContainer } from '../../../components/charts/printable-container.tsx';
import { formatNumber } from '../../../lib/format.ts';
import type { StatusRow } from '../decisions-data.ts';

const ROW_HEIGHT = 40;

/** Each bar in its status colour (the names on the axis say the same, for anyone not seeing colour). */
const statusBar = (props: BarShapeProps) => (
  <Rectangle {...props} fill={(props.payload as StatusRow | undefined)?.color} />
);

export default function StatusBarChart({ rows }: { rows: StatusRow[] }) {
  const { t, i18n } = useTranslation('decisions');
  const lang = i18n.language;
  const rtl = lang !== 'en';
  const height = rows.length * ROW_HEIGHT + 40;
  return (
    <div className="chart-surface" dir="ltr" style={{ height }}>
      <PrintableContainer height={height}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: rtl ? 8 : 40, bottom: 4, left: rtl ? 40 : 8 }}
          barCategoryGap={8}
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
            dataKey="label"
            orientation={rtl ? 'right' : 'left'}
            width={110}
            interval={0}
            tick={{ fill: 'var(--text)', fontSize: 13 }}
            tickLine={false}
          />
          <Tooltip
            cursor={{ fill: 'var(--hover)' }}
            wrapperStyle={{ direction: rtl ? 'rtl' : 'ltr' }}
            formatter={(value) => [formatNumber(Number(value), lang), t('chart.count')]}
          />
          <Bar dataKey="count" isAnimationActive={!prefersReducedMotion()} radius={2} shape={statusBar}>
            {/* "right" is the bar's far end in both directions: Recharts flips it with the reversed axis. */}
            <LabelList
              dataKey="count"
              position="right"
              formatter={(v: unknown) => formatNumber(Number(v), lang)}
              style={{ fill: 'var(--text)', fontSize: 12 }}
            />
          </Bar>
        </BarChart>
      </PrintableContainer>
    </div>
  );
}
