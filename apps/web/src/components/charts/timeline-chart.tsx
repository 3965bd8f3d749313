// Formations per Jalali year, with the commission's meetings as a numbered mark above each year
// that had any. Right-to-left: the year axis is reversed (earliest on the right) and the value
// axis sits on the right; the SVG stays LTR, legend and tooltip are RTL HTML. Clicking a year
// lists its meetings, with links, under the chart; their names load when the chart is first
// pointed at or touched (and with the table tab).
import type { StatsFilter } from '@hamgen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatYear } from '../../lib/format.ts';
import { valueAxisProps, yearAxisProps } from './axis-props.ts';
import { prefersReducedMotion } from './motion.ts';
import { PrintableContainer } from './printable-container.tsx';
import type { TimelineSeries } from './timeline-data.ts';
import { MEETINGS_KEY, type MeetingYearLike, meetingsOfYear, useMeetingYears } from './timeline-meetings.ts';
import { TimelineMeetingsList } from './timeline-meetings-list.tsx';

const HEIGHT = 340;

interface Props {
  data: Record<string, number>[];
  series: TimelineSeries[];
  /** The commission's meetings per year; without it the chart has no marks. */
  meetings?: MeetingYearLike[];
  /** The card's filter: the meetings' names are asked for with it when a reader points here. */
  filter: StatsFilter;
}

const MARK_COLOR = '#c2410c';

/** A numbered circle at the top of the plot for a year with meetings. */
function MeetingMark(props: { cx?: number; cy?: number; payload?: Record<string, number> }) {
  const n = props.payload?.[MEETINGS_KEY] ?? 0;
  if (!n || props.cx === undefined || props.cy === undefined) return null;
  return (
    <g className="timeline-meeting-mark" data-year={props.payload?.year}>
      <circle cx={props.cx} cy={props.cy} r={9} fill="#ffffff" stroke={MARK_COLOR} strokeWidth={2} />
      <text x={props.cx} y={props.cy} dy="0.35em" textAnchor="middle" fontSize={11} fill={MARK_COLOR}>
        {n}
      </text>
    </g>
  );
}

export default function TimelineChart({ data, series, meetings: counts = [], filter }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rtl = lang !== 'en';
  const stacked = series.length > 1 || series[0]?.key !== 'count';
  const [selected, setSelected] = useState<number | null>(null);
  const [pointedAt, setPointedAt] = useState(false);
  const meetings = useMeetingYears(filter, counts, pointedAt);
  const wantNames = () => setPointedAt(true);
  const hasMeetings = meetings.some((m) => m.count > 0);
  // Marks sit on their own hidden axis at a fixed height, so they never hide a bar.
  const marked = data.map((d) => ({ ...d, meetingMark: (d[MEETINGS_KEY] ?? 0) > 0 ? 1 : null }));
  const chosen = selected === null ? undefined : meetingsOfYear(meetings, selected);
  const n = (v: number) => formatNumber(v, lang);
  return (
    <>
      <div className="chart-surface" dir="ltr" style={{ height: HEIGHT }}>
        <PrintableContainer height={HEIGHT}>
          <ComposedChart
            data={marked}
            margin={{ top: 16, right: 8, bottom: 4, left: 8 }}
            onMouseEnter={wantNames}
            onTouchStart={wantNames}
            onClick={(state) => {
              const year = Number(state?.activeLabel);
              if (Number.isFinite(year)) setSelected(year);
            }}
          >
            <CartesianGrid vertical={false} stroke="var(--grid)" />
            <XAxis {...yearAxisProps(lang)} />
            <YAxis {...valueAxisProps(lang)} />
            <YAxis yAxisId="marks" hide domain={[0, 1.08]} />
            <Tooltip
              cursor={{ fill: 'var(--hover)' }}
              wrapperStyle={{ direction: rtl ? 'rtl' : 'ltr', maxWidth: 360, whiteSpace: 'normal' }}
              content={({ active, label, payload }) => {
                if (!active || label === undefined) return null;
                const year = Number(label);
                const ofYear = meetingsOfYear(meetings, year);
                return (
                  <div className="chart-tooltip">
                    {/* Recharts' own class names, so the custom tooltip reads like the default one. */}
                    <p className="recharts-tooltip-label chart-tooltip-label">{formatYear(year, lang)}</p>
                    <ul className="recharts-tooltip-item-list">
                      {(payload ?? [])
                        .filter((p) => p.dataKey !== 'meetingMark')
                        .map((p) => (
                          <li key={String(p.dataKey)} className="recharts-tooltip-item">
                            <span className="recharts-tooltip-item-name">{stacked ? p.name : t('table.count')}</span>
                            {': '}
                            <span className="recharts-tooltip-item-value">{n(Number(p.value))}</span>
                          </li>
                        ))}
                    </ul>
                    {ofYear && ofYear.count > 0 && <TimelineMeetingsList year={ofYear} linked={false} />}
                  </div>
                );
              }}
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
            {hasMeetings && (
              <Line
                yAxisId="marks"
                dataKey="meetingMark"
                name={t('overview.timeline.meetings')}
                stroke="none"
                legendType="none"
                dot={<MeetingMark />}
                activeDot={false}
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </PrintableContainer>
      </div>
      {hasMeetings && (
        <div className="timeline-meetings-panel" aria-live="polite">
          {chosen && chosen.count > 0 ? (
            <TimelineMeetingsList year={chosen} />
          ) : (
            <p className="timeline-meetings-hint">{t('overview.timeline.meetingsHint')}</p>
          )}
        </div>
      )}
    </>
  );
}
