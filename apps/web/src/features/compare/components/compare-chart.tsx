// Lines per province over the Jalali years, with the national median dashed. Right-to-left like
// the timeline: the year axis reversed, values on the right, the SVG surface LTR.
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { valueAxisProps, yearAxisProps } from '../../../components/charts/axis-props.ts';
import { prefersReducedMotion } from '../../../components/charts/motion.ts';
import { formatNumber, formatYear } from '../../../lib/format.ts';
import { COMPARE_COLORS, MEDIAN_COLOR, MEDIAN_KEY } from '../compare-data.ts';

interface Props {
  data: Record<string, number>[];
  lines: { key: string; label: string }[];
}

export default function CompareChart({ data, lines }: Props) {
  const { t, i18n } = useTranslation('compare');
  const lang = i18n.language;
  const rtl = lang !== 'en';
  const animate = !prefersReducedMotion();
  return (
    <div className="chart-surface" dir="ltr" style={{ height: 340 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 8 }}>
          <CartesianGrid vertical={false} stroke="var(--grid)" />
          <XAxis {...yearAxisProps(lang)} />
          <YAxis {...valueAxisProps(lang, 40)} />
          <Tooltip
            wrapperStyle={{ direction: rtl ? 'rtl' : 'ltr' }}
            labelFormatter={(y) => formatYear(Number(y), lang)}
            formatter={(value, name) => [formatNumber(Number(value), lang), name]}
          />
          {/* In the order drawn: the provinces as chosen, then the median. */}
          <Legend itemSorter={null} wrapperStyle={{ direction: rtl ? 'rtl' : 'ltr', fontSize: 13 }} />
          {lines.map((line, i) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.label}
              stroke={COMPARE_COLORS[i % COMPARE_COLORS.length]}
              strokeWidth={2.5}
              dot={{ r: 2.5 }}
              isAnimationActive={animate}
            />
          ))}
          <Line
            dataKey={MEDIAN_KEY}
            name={t('median')}
            stroke={MEDIAN_COLOR}
            strokeDasharray="6 4"
            strokeWidth={2}
            dot={false}
            isAnimationActive={animate}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
