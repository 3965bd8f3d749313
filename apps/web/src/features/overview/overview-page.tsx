import { useQuery } from '@tanstack/react-query';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/filters/filter-bar.tsx';
import { LazyPart } from '../../components/ui/chunk-boundary.tsx';
import { MountNearView } from '../../components/ui/mount-near-view.tsx';
import { PrintHeader } from '../../components/ui/print-header.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { DemoBadge } from '../../components/ui/source-line.tsx';
import { overviewQueryOptions } from '../../lib/api/stats-queries.ts';
import { useStatsFilter } from '../../lib/url/use-stats-filter.ts';
import { useDocumentTitle, useFilterTitle } from '../../lib/use-document-title.ts';
import { KpiGrid } from './components/kpi-grid.tsx';
import { ProvinceCards } from './components/province-cards.tsx';
import { ReportedFigures } from './components/reported-figures.tsx';

// The cards below the fold mount only near view (MountNearView), so their code need not be in
// the first screen's chunks either: they load as their own chunk when they mount.
const TimelineCard = lazy(() =>
  import('../../components/cards/timeline-card.tsx').then((m) => ({ default: m.TimelineCard })),
);
const SectorCard = lazy(() =>
  import('../../components/cards/sector-card.tsx').then((m) => ({ default: m.SectorCard })),
);

export function OverviewPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useStatsFilter();
  const overview = useQuery(overviewQueryOptions(filter));
  useDocumentTitle(t('overview.title'), useFilterTitle(filter));

  return (
    <>
      <div className="page-header">
        <h1>
          {t('overview.title')} {overview.data && <DemoBadge sources={overview.data.sources} />}
        </h1>
        <FilterBar filter={filter} onChange={setFilter} />
      </div>
      <PrintHeader filter={filter} sources={overview.data?.sources} />
      <QueryBoundary query={overview}>
        {(data) => (
          <>
            <KpiGrid data={data} />
            <ReportedFigures reported={data.reported} />
          </>
        )}
      </QueryBoundary>
      <ProvinceCards filter={filter} />
      {/* Below the fold: mounted near view, so the first screen loads without their chunks. */}
      <MountNearView minBlockSize="28rem">
        <LazyPart>
          <TimelineCard filter={filter} />
        </LazyPart>
      </MountNearView>
      <MountNearView minBlockSize="28rem">
        <LazyPart>
          <SectorCard filter={filter} />
        </LazyPart>
      </MountNearView>
    </>
  );
}
