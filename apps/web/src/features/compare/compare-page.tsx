// `/compare?provinces=IR-03,IR-23&from=…`: 2 to 4 provinces over the Jalali years, against the
// national median, with their census population and per-million figures. Provinces are chosen
// here (list or map), or arrive from a province page's "compare with…".
import { MIN_COMPARE, statsFilterToQuery } from '@hamgen/shared';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { FilterBar } from '../../components/filters/filter-bar.tsx';
import { ProvinceMap } from '../../components/map/province-map.tsx';
import { ChartCard } from '../../components/ui/chart-card.tsx';
import { PrintHeader } from '../../components/ui/print-header.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { DemoBadge, SourceLine } from '../../components/ui/source-line.tsx';
import { LoadingState } from '../../components/ui/status.tsx';
import { compareQueryOptions } from '../../lib/api/compare-queries.ts';
import { byProvinceQueryOptions } from '../../lib/api/stats-queries.ts';
import { withParams } from '../../lib/url/search-params.ts';
import { useStatsFilter } from '../../lib/url/use-stats-filter.ts';
import { compareChartData, compareExportRows, parseSelection, toggleProvince } from './compare-data.ts';
import { CompareTable } from './components/compare-table.tsx';
import { ProvincePicker } from './components/province-picker.tsx';
import './compare-page.css';
import { localName } from '../../lib/localized-name.ts';

const CompareChart = lazy(() => import('./components/compare-chart.tsx'));

export default function ComparePage() {
  const { t, i18n } = useTranslation(['compare', 'common', 'map']);
  const en = i18n.language === 'en';
  const search = useSearch();
  const [location, navigate] = useLocation();
  const [filter, setFilter] = useStatsFilter();
  const localFilter = { ...filter, province: undefined };
  const { codes, invalid } = parseSelection(search);
  const ready = codes.length >= MIN_COMPARE;
  const query = useQuery({ ...compareQueryOptions(codes, localFilter), enabled: ready });
  const map = useQuery(byProvinceQueryOptions(localFilter));
  const setCodes = (next: string[]) =>
    navigate(`${location}${withParams(search, { provinces: next.join(',') || undefined })}`, { replace: true });
  const toggle = (code: string) => setCodes(toggleProvince(codes, code));

  const shaped = useMemo(() => {
    if (!query.data) return undefined;
    const nameOf = (p: { nameFa: string; nameEn: string }) => localName(p, en);
    const lines = query.data.provinces.map((p) => ({ ...p, key: p.province, label: nameOf(p) }));
    const data = compareChartData(query.data.provinces, query.data.median);
    const exported = compareExportRows(query.data.provinces, query.data.median, nameOf, {
      year: t('year'),
      median: t('median'),
      total: t('row.total'),
      population: `${t('row.population')} — ${t('common:source.census')}`,
      perMillion: `${t('row.perMillion')} — ${t('common:source.census')}`,
    });
    return { lines, data, exported, sources: { ...query.data.sources, census: lines.length } };
  }, [query.data, en, t]);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="page-subtitle">{t('subtitle')}</p>
        </div>
        <FilterBar filter={filter} onChange={setFilter} hide={['province']} />
      </div>
      <PrintHeader filter={localFilter} />
      {ready && (
        <QueryBoundary query={query}>
          {() =>
            shaped && (
              <ChartCard
                id="compare"
                title={t('chartTitle', { names: shaped.lines.map((l) => l.label).join(t('common:app.listSeparator')) })}
                description={t('chartDescription')}
                badge={<DemoBadge sources={shaped.sources} />}
                updating={query.isPlaceholderData}
                footer={<SourceLine sources={shaped.sources} />}
                exportSpec={{
                  fileDataset: 'compare',
                  filter: localFilter,
                  view: { provinces: codes.join(',') },
                  dataset: 'compare',
                  serverQuery: { ...statsFilterToQuery(localFilter), provinces: codes.join(',') },
                  columns: shaped.exported.columns,
                  rows: shaped.exported.rows,
                  legend: [],
                  sources: shaped.sources,
                }}
                chart={
                  <Suspense fallback={<LoadingState />}>
                    <CompareChart data={shaped.data} lines={shaped.lines} />
                  </Suspense>
                }
                table={<CompareTable data={shaped.data} lines={shaped.lines} caption={t('title')} />}
              />
            )
          }
        </QueryBoundary>
      )}
      <section className="card compare-choose" aria-label={t('chooseTitle')}>
        <h2 className="card-title">{t('chooseTitle')}</h2>
        {invalid && (
          <p className="form-error" role="alert">
            {t('invalid')}
          </p>
        )}
        <div className="compare-choose-body">
          <ProvincePicker codes={codes} onToggle={toggle} />
          <div className="compare-map">
            <p className="field-hint">{t('mapHint')}</p>
            <QueryBoundary query={map}>
              {(data) => <ProvinceMap rows={data.rows} title={t('mapTitle')} onSelect={toggle} />}
            </QueryBoundary>
          </div>
        </div>
      </section>
    </>
  );
}
