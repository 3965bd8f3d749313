import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SectorCard } from '../../components/cards/sector-card.tsx';
import { TimelineCard } from '../../components/cards/timeline-card.tsx';
import { FilterBar } from '../../components/filters/filter-bar.tsx';
import { MountNearView } from '../../components/ui/mount-near-view.tsx';
import { PrintHeader } from '../../components/ui/print-header.tsx';
import { QueryBoundary } from '../../components/ui/query-boundary.tsx';
import { DemoBadge } from '../../components/ui/source-line.tsx';
import { overviewQueryOptions } from '../../lib/stats-queries.ts';
import { useDocumentTitle, useFilterTitle } from '../../lib/use-document-title.ts';
import { useStatsFilter } from '../../lib/use-stats-filter.ts';
import { KpiGrid } from './components/kpi-grid.tsx';
import { ProvinceCards } from './components/province-cards.tsx';
import { ReportedFigures } from './components/reported-figures.tsx';

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
        <TimelineCard filter={filter} />
      </MountNearView>
      <MountNearView minBlockSize="28rem">
        <SectorCard filter={filter} />
      </MountNearView>
    </>
  );
}
