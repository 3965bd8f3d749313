import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { YearRangeFilter } from '../../components/filters/year-range-filter.tsx';
import { ChartCard } from '../../components/ui/chart-card.tsx';
import { DemoBadge, SourceLine } from '../../components/ui/source-line.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/ui/status.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useStatsFilter } from '../../lib/use-stats-filter.ts';
import { byProvinceQueryOptions } from './api/by-province.ts';
import { rankProvinces, summarizeProvinces } from './by-province-data.ts';
import { ProvinceTable } from './components/province-table.tsx';

const ProvinceBarChart = lazy(() => import('./components/province-bar-chart.tsx'));

export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [filter, setFilter] = useStatsFilter();
  const query = useQuery(byProvinceQueryOptions(filter));
  const ranked = useMemo(() => (query.data ? rankProvinces(query.data.rows, lang) : []), [query.data, lang]);
  const summary = summarizeProvinces(ranked);
  const hasFilter = Object.keys(filter).length > 0;

  return (
    <>
      <div className="page-header">
        <h1>{t('overview.title')}</h1>
        <search className="filters" aria-label={t('filters.label')}>
          <YearRangeFilter filter={filter} onChange={setFilter} />
          {hasFilter && (
            <button type="button" className="button button-quiet" onClick={() => setFilter({})}>
              {t('filters.clear')}
            </button>
          )}
        </search>
      </div>

      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <ChartCard
          title={t('overview.byProvince.title')}
          description={t('overview.byProvince.description')}
          badge={<DemoBadge sources={query.data.sources} />}
          updating={query.isPlaceholderData}
          footer={<SourceLine sources={query.data.sources} />}
          chart={
            <>
              <p className="summary" data-testid="by-province-summary">
                {t('overview.byProvince.summary', {
                  total: formatNumber(summary.total, lang),
                  provinces: formatNumber(summary.covered, lang),
                })}
              </p>
              {summary.total === 0 ? (
                <EmptyState />
              ) : (
                <Suspense fallback={<LoadingState />}>
                  <ProvinceBarChart rows={ranked} />
                </Suspense>
              )}
            </>
          }
          table={<ProvinceTable rows={ranked} caption={t('overview.byProvince.title')} />}
        />
      )}
    </>
  );
}
