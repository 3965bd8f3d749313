// Formations per Jalali year. Right-to-left: the year axis is reversed (earliest on the right)
// and the value axis sits on the right; the SVG stays LTR, legend and tooltip are RTL HTML.
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatYear } from '../../lib/format.ts';
import { prefersReducedMotion } from './motion.ts';
import { PrintableContainer } from './printable-container.tsx';
import type { TimelineSeries } from './timeline-data.ts';

const HEIGHT = 320;

interface Props {
  data: Record<string, number>[];
  series: TimelineSeries[];
}

export default function TimelineChart({ data, series }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rtl = lang !== 'en';
  const stacked = series.length > 1 || series[0]?.key !== 'count';
  return (
    <div className="chart-surface" dir="ltr" style={{ height: HEIGHT }}>
      <PrintableContainer height={HEIGHT}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 8 }}>
          <CartesianGrid vertical={false} stroke="var(--grid)" />
          <XAxis
            dataKey="year"
            reversed={rtl}
            tickFormatter={(y: number) => formatYear(y, lang)}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            interval="preserveStartEnd"
            minTickGap={8}
          />
          <YAxis
            orientation={rtl ? 'right' : 'left'}
            allowDecimals={false}
            width={48}
            tickFormatter={(v: number) => formatNumber(v, lang)}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
          />
          <Tooltip
            cursor={{ fill: 'var(--hover)' }}
            wrapperStyle={{ direction: rtl ? 'rtl' : 'ltr' }}
            labelFormatter={(y) => formatYear(Number(y), lang)}
            formatter={(value, name) => [formatNumber(Number(value), lang), stacked ? name : t('table.count')]}
          />
          {stacked && <Legend wrapperStyle={{ direction: rtl ? 'rtl' : 'ltr', fontSize: 13 }} />}
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="formations"
              fill={s.color}
              maxBarSize={48}
              isAnimationActive={!prefersReducedMotion()}
            />
          ))}
        </BarChart>
      </PrintableContainer>
    </div>
  );
}
