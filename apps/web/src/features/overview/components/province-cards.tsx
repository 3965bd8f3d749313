import { NATIONAL_POPULATION_1395, perMillion, type StatsFilter } from '@hamgen/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
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
import { ProvinceMap } from '../../../components/map/province-map.tsx';
import { ChartCard } from '../../../components/ui/chart-card.tsx';
import { MeasureSwitch } from '../../../components/ui/measure-switch.tsx';
import { QueryBoundary } from '../../../components/ui/query-boundary.tsx';
import { DemoBadge, SourceLine } from '../../../components/ui/source-line.tsx';
import { EmptyState } from '../../../components/ui/status.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { measuredRows, measuredSources, measureUnit, useMeasure } from '../../../lib/measure.ts';
import { withStatsFilter } from '../../../lib/url/stats-filter-url.ts';
import './province-cards.css';
import { byProvinceQueryOptions, overviewQueryOptions } from '../../../lib/api/stats-queries.ts';

/** The map and the ranking chart: two views of the same by-province answer. */
export function ProvinceCards({ filter }: { filter: StatsFilter }) {
  const { t, i18n } = useTranslation(['common', 'map']);
  const lang = i18n.language;
  const [, navigate] = useLocation();
  const [measure] = useMeasure();
  const perCapita = measure === 'per_million';
  const query = useQuery(byProvinceQueryOptions(filter));
  const rows = useMemo(() => (query.data ? measuredRows(query.data.rows, measure) : []), [query.data, measure]);
  const ranked = useMemo(() => rankRows(provinceCountRows(rows), lang), [rows, lang]);
  const counts = useMemo(() => summarizeRows(provinceCountRows(query.data?.rows ?? [])), [query.data]);
  const sources = measuredSources(query.data?.sources ?? {}, measure);
  // The page's KPI query (the same key, so no second request): its total includes national ones.
  const overview = useQuery(overviewQueryOptions(filter));
  const national = overview.data ? withoutProvince(overview.data.kpis.formed, counts.total) : 0;
  const n = (v: number) => formatNumber(v, lang);
  const titles = {
    map: t(perCapita ? 'overview.map.titlePerMillion' : 'overview.map.title'),
    ranking: t(perCapita ? 'overview.byProvince.titlePerMillion' : 'overview.byProvince.title'),
  };
  const suffix = perCapita ? '-per-million' : '';
  const exportOf = (fileDataset: string, withLegend: boolean) =>
    provinceExport(
      rankingExport(ranked, {
        fileDataset: `${fileDataset}${suffix}`,
        dataset: 'by-province',
        filter,
        sources,
        headers: {
          code: t('table.code'),
          name: t('table.province'),
          count: t(perCapita ? 'table.perMillion' : 'table.count'),
          demo: t('table.demo'),
        },
        legend: withLegend
          ? legendItems(
              ranked.map((r) => r.count),
              {
                none: t('map:legend.none'),
                range: (from, to) => (from === to ? n(from) : t('map:legend.range', { from: n(from), to: n(to) })),
              },
              measureUnit(measure),
            )
          : undefined,
      }),
    );
  // Per million, the view's CSV also carries the count and the census population behind each figure.
  const provinceExport = (spec: ReturnType<typeof rankingExport>) => {
    if (!perCapita || !query.data) return spec;
    const byCode = new Map(query.data.rows.map((r) => [r.province, r]));
    return {
      ...spec,
      columns: [
        ...spec.columns,
        { header: t('table.count'), type: 'number' as const },
        { header: `${t('table.population')} — ${t('source.census')}`, type: 'number' as const },
      ],
      rows: ranked.map((r, i) => [
        ...(spec.rows[i] ?? []),
        byCode.get(r.key)?.count ?? 0,
        byCode.get(r.key)?.population ?? 0,
      ]),
    };
  };
  const table = (caption: string) => (
    <RankingTable
      rows={ranked}
      caption={caption}
      nameLabel={t('table.province')}
      valueLabel={perCapita ? t('table.perMillion') : undefined}
    />
  );

  return (
    <QueryBoundary query={query} cards={[t('overview.map.title'), t('overview.byProvince.title')]}>
      {(data) => (
        <>
          <div className="measure-bar">
            <span className="field-label">{t('measure.label')}</span>
            <MeasureSwitch />
          </div>
          <div className="card-row">
            <ChartCard
              id="map"
              title={titles.map}
              exportSpec={exportOf('map', true)}
              description={t('overview.map.description')}
              badge={<DemoBadge sources={data.sources} />}
              updating={query.isPlaceholderData}
              footer={<SourceLine sources={sources} />}
              chart={
                <ProvinceMap
                  rows={rows}
                  measure={measure}
                  title={titles.map}
                  onSelect={(code) => navigate(`/provinces/${code}${withStatsFilter('', filter)}`)}
                />
              }
              table={table(titles.map)}
            />
            <ChartCard
              id="ranking"
              title={titles.ranking}
              exportSpec={exportOf('by-province', false)}
              description={t('overview.byProvince.description')}
              badge={<DemoBadge sources={data.sources} />}
              updating={query.isPlaceholderData}
              footer={<SourceLine sources={sources} />}
              chart={
                <>
                  <p className="summary" data-testid="by-province-summary">
                    {perCapita
                      ? t('overview.byProvince.summaryPerMillion', {
                          total: formatNumber(counts.total, lang),
                          national: formatNumber(perMillion(counts.total, NATIONAL_POPULATION_1395), lang),
                        })
                      : t('overview.byProvince.summary', {
                          total: formatNumber(counts.total, lang),
                          provinces: formatNumber(counts.covered, lang),
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
                  {counts.total === 0 ? <EmptyState /> : <BarListChart rows={ranked} label={titles.ranking} />}
                </>
              }
              table={table(titles.ranking)}
            />
          </div>
        </>
      )}
    </QueryBoundary>
  );
}
