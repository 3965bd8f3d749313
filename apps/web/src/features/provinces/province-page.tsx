import { PROVINCE_CODES, provinceByCode } from '@hamgen/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { SectorCard } from '../../components/cards/sector-card.tsx';
import { TimelineCard } from '../../components/cards/timeline-card.tsx';
import { FilterBar } from '../../components/filters/filter-bar.tsx';
import { ProvinceMap } from '../../components/map/province-map.tsx';
import { MeasureSwitch } from '../../components/ui/measure-switch.tsx';
import { PrintHeader } from '../../components/ui/print-header.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { SourceLine } from '../../components/ui/source-line.tsx';
import { EmptyState } from '../../components/ui/status.tsx';
import { provinceSheetQueryOptions } from '../../lib/api/province-queries.ts';
import { byProvinceQueryOptions } from '../../lib/api/stats-queries.ts';
import { localName } from '../../lib/localized-name.ts';
import { measuredRows, measuredSources, useMeasure } from '../../lib/measure.ts';
import { withStatsFilter } from '../../lib/url/stats-filter-url.ts';
import { useStatsFilter } from '../../lib/url/use-stats-filter.ts';
import { useDocumentTitle, useFilterTitle } from '../../lib/use-document-title.ts';
import { CompareWith } from './components/compare-with.tsx';
import { MetricsTable } from './components/metrics-table.tsx';
import { ProvinceAssociations } from './components/province-associations.tsx';
import { ProvinceLinks } from './components/province-links.tsx';

export default function ProvincePage({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const [filter, setFilter] = useStatsFilter();
  const [measure] = useMeasure();
  const perCapita = measure === 'per_million';
  const known = PROVINCE_CODES.includes(code);
  const sheet = useQuery({ ...provinceSheetQueryOptions(code, filter), enabled: known });
  const map = useQuery({ ...byProvinceQueryOptions({ ...filter, province: undefined }), enabled: known });
  const province = provinceByCode(code);
  const en = i18n.language === 'en';
  const name = province && localName(province, en);
  useDocumentTitle(name ? t('province.title', { name }) : t('province.unknown'), useFilterTitle(filter));
  if (!known || !province) return <EmptyState message={t('province.unknown')} />;
  const local = { ...filter, province: code };

  return (
    <article className="province-sheet">
      <div className="page-header">
        <div>
          <h1>{t('province.title', { name })}</h1>
          <p className="page-subtitle">
            {t('province.capital', { capital: en ? province.capitalEn : province.capitalFa })} · {code}
          </p>
        </div>
        <div className="filters-with-print">
          <FilterBar filter={filter} onChange={setFilter} hide={['province']} />
          <CompareWith code={code} name={localName(province, en)} filter={filter} />
          <button type="button" className="button button-quiet no-print" onClick={() => window.print()}>
            {t('province.print')}
          </button>
        </div>
      </div>
      <PrintHeader filter={filter} sources={map.data?.sources} />
      <div className="card-row">
        <section className="card">
          <div className="card-header">
            <h2 className="card-title">{t(perCapita ? 'province.metricsPerMillion' : 'province.metrics')}</h2>
            <MeasureSwitch />
          </div>
          <QueryBoundary query={sheet}>
            {(data) => (
              <>
                <MetricsTable metrics={perCapita ? data.metricsPerMillion : data.metrics} />
                {perCapita && <SourceLine sources={measuredSources({}, measure, 1)} />}
              </>
            )}
          </QueryBoundary>
        </section>
        <section className="card province-map-card">
          <QueryBoundary query={map}>
            {(data) => (
              <ProvinceMap
                rows={measuredRows(data.rows, measure)}
                measure={measure}
                title={t(perCapita ? 'overview.map.titlePerMillion' : 'overview.map.title')}
                highlight={code}
                onSelect={(next) => navigate(`/provinces/${next}${withStatsFilter('', filter)}`)}
              />
            )}
          </QueryBoundary>
        </section>
      </div>
      <TimelineCard filter={local} />
      <SectorCard filter={local} />
      <ProvinceAssociations code={code} />
      <QueryBoundary query={sheet}>{(data) => <ProvinceLinks sheet={data} />}</QueryBoundary>
    </article>
  );
}
