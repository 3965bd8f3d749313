import type { StatsFilter } from '@hamgen/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { QueryBoundary } from '../../../components/cards/query-boundary.tsx';
import { BarListChart } from '../../../components/charts/bar-list-chart.tsx';
import {
  provinceCountRows,
  rankRows,
  summarizeRows,
  withoutProvince,
} from '../../../components/charts/ranking-data.ts';
import { RankingTable } from '../../../components/charts/ranking-table.tsx';
import { rankingExport } from '../../../components/export/ranking-export.ts';
import { legendItems } from '../../../components/map/map-data.ts';
import { ProvinceMap } from '../../../components/map/province-map-loader.tsx';
import { ChartCard } from '../../../components/ui/chart-card.tsx';
import { DemoBadge, SourceLine } from '../../../components/ui/source-line.tsx';
import { EmptyState } from '../../../components/ui/status.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { withStatsFilter } from '../../../lib/stats-filter-params.ts';
import './province-cards.css';
import { byProvinceQueryOptions, overviewQueryOptions } from '../../../lib/stats-queries.ts';

/** The map and the ranking chart: two views of the same by-province answer. */
export function ProvinceCards({ filter }: { filter: StatsFilter }) {
  const { t, i18n } = useTranslation(['common', 'map']);
  const lang = i18n.language;
  const [, navigate] = useLocation();
  const query = useQuery(byProvinceQueryOptions(filter));
  // The page's KPI query (the same key, so no second request): its total includes national ones.
  const overview = useQuery(overviewQueryOptions(filter));
  const ranked = useMemo(
    () => (query.data ? rankRows(provinceCountRows(query.data.rows), lang) : []),
    [query.data, lang],
  );
  const summary = summarizeRows(ranked);
  const national = overview.data ? withoutProvince(overview.data.kpis.formed, summary.total) : 0;
  const n = (v: number) => formatNumber(v, lang);
  const exportOf = (fileDataset: string, withLegend: boolean) =>
    rankingExport(ranked, {
      fileDataset,
      dataset: 'by-province',
      filter,
      sources: query.data?.sources ?? {},
      headers: { code: t('table.code'), name: t('table.province'), count: t('table.count'), demo: t('table.demo') },
      legend: withLegend
        ? legendItems(
            ranked.map((r) => r.count),
            {
              none: t('map:legend.none'),
              range: (from, to) => (from === to ? n(from) : t('map:legend.range', { from: n(from), to: n(to) })),
            },
          )
        : undefined,
    });
  const table = (caption: string) => <RankingTable rows={ranked} caption={caption} nameLabel={t('table.province')} />;

  return (
    <QueryBoundary query={query} cards={[t('overview.map.title'), t('overview.byProvince.title')]}>
      {(data) => (
        <div className="card-row">
          <ChartCard
            id="map"
            title={t('overview.map.title')}
            exportSpec={exportOf('map', true)}
            description={t('overview.map.description')}
            badge={<DemoBadge sources={data.sources} />}
            updating={query.isPlaceholderData}
            footer={<SourceLine sources={data.sources} />}
            chart={
              <ProvinceMap
                rows={data.rows}
                title={t('overview.map.title')}
                onSelect={(code) => navigate(`/provinces/${code}${withStatsFilter('', filter)}`)}
              />
            }
            table={table(t('overview.map.title'))}
          />
          <ChartCard
            id="ranking"
            title={t('overview.byProvince.title')}
            exportSpec={exportOf('by-province', false)}
            description={t('overview.byProvince.description')}
            badge={<DemoBadge sources={data.sources} />}
            updating={query.isPlaceholderData}
            footer={<SourceLine sources={data.sources} />}
            chart={
              <>
                <p className="summary" data-testid="by-province-summary">
                  {t('overview.byProvince.summary', {
                    total: formatNumber(summary.total, lang),
                    provinces: formatNumber(summary.covered, lang),
                  })}
                </p>
                {national > 0 && overview.data && (
                  <p className="summary-note" data-testid="by-province-national">
                    {t('overview.byProvince.nationalNote', {
                      count: national,
                      formatted: n(national),
                      total: n(overview.data.kpis.formed),
                    })}
                  </p>
                )}
                {summary.total === 0 ? (
                  <EmptyState />
                ) : (
                  <BarListChart rows={ranked} label={t('overview.byProvince.title')} />
                )}
              </>
            }
            table={table(t('overview.byProvince.title'))}
          />
        </div>
      )}
    </QueryBoundary>
  );
}
