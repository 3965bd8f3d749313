import { SECTORS, type StatsFilter, statsFilterToQuery, TIMELINE_STACKS, type TimelineStack } from '@hamgen/shared';
import { useQuery } from '@tanstack/react-query';
import { lazy, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineQueryOptions } from '../../lib/api/stats-queries.ts';
import { localName } from '../../lib/localized-name.ts';
import { useUrlParam } from '../../lib/url/use-url-param.ts';
import { timelineData, timelineSeries } from '../charts/timeline-data.ts';
import { MEETINGS_KEY, withMeetingCounts } from '../charts/timeline-meetings.ts';
import { TimelineTable } from '../charts/timeline-table.tsx';
import { ChartCard } from '../ui/chart-card.tsx';
import { LazyPart } from '../ui/chunk-boundary.tsx';
import { QueryBoundary } from '../ui/query-boundary.tsx';
import { DemoBadge, SourceLine } from '../ui/source-line.tsx';

const TimelineChart = lazy(() => import('../charts/timeline-chart.tsx'));
const STACK_OPTIONS = ['none', ...TIMELINE_STACKS] as const;

export function TimelineCard({ filter }: { filter: StatsFilter }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [stack, setStack] = useUrlParam('stack', STACK_OPTIONS, 'none');
  const query = useQuery(timelineQueryOptions(filter, stack === 'none' ? undefined : (stack as TimelineStack)));
  const en = i18n.language === 'en';
  const shaped = useMemo(() => {
    if (!query.data) return { series: [], data: [] };
    const labelOf = (key: string) => {
      if (query.data.stack === 'kind') return t(`kind.${key}`);
      const sector = SECTORS.find((s) => s.code === key);
      return sector ? localName(sector, en) : key;
    };
    const series = timelineSeries(query.data.rows, query.data.keys, labelOf, t('overview.timeline.other'));
    return { series, data: withMeetingCounts(timelineData(query.data.rows, series), query.data.meetings) };
  }, [query.data, t, en]);

  const controls = (
    <div className="field field-inline">
      <label className="field-label" htmlFor={`${id}-stack`}>
        {t('overview.timeline.stack')}
      </label>
      <select
        id={`${id}-stack`}
        value={stack}
        onChange={(e) => setStack(e.target.value as (typeof STACK_OPTIONS)[number])}
      >
        <option value="none">{t('overview.timeline.stackNone')}</option>
        <option value="kind">{t('overview.timeline.stackKind')}</option>
        <option value="sector">{t('overview.timeline.stackSector')}</option>
      </select>
    </div>
  );

  return (
    <QueryBoundary query={query} cards={[t('overview.timeline.title')]}>
      {(data) => (
        <ChartCard
          id="timeline"
          title={t('overview.timeline.title')}
          exportSpec={{
            fileDataset: 'timeline',
            filter,
            view: { stack: stack === 'none' ? undefined : stack },
            dataset: 'timeline',
            serverQuery: statsFilterToQuery(filter),
            columns: [
              { header: t('table.year'), type: 'number' },
              ...(shaped.series[0]?.key === 'count'
                ? []
                : shaped.series.map((s) => ({ header: s.label, type: 'number' as const }))),
              { header: t('table.count'), type: 'number' },
              { header: t('overview.timeline.meetingsColumn'), type: 'number' },
            ],
            rows: shaped.data.map((d) => [
              d.year,
              ...(shaped.series[0]?.key === 'count' ? [] : shaped.series.map((s) => d[s.key] ?? 0)),
              d.count,
              d[MEETINGS_KEY] ?? 0,
            ]),
            legend:
              shaped.series[0]?.key === 'count' ? [] : shaped.series.map((s) => ({ label: s.label, color: s.color })),
            sources: data.sources,
          }}
          description={t('overview.timeline.description')}
          badge={<DemoBadge sources={data.sources} />}
          controls={controls}
          updating={query.isPlaceholderData}
          footer={<SourceLine sources={data.sources} />}
          chart={
            <LazyPart>
              <TimelineChart data={shaped.data} series={shaped.series} meetings={data.meetings} filter={filter} />
            </LazyPart>
          }
          table={
            <TimelineTable
              data={shaped.data}
              series={shaped.series}
              meetings={data.meetings}
              filter={filter}
              caption={t('overview.timeline.title')}
            />
          }
        />
      )}
    </QueryBoundary>
  );
}
