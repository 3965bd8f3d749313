import type { StatsFilter } from '@hamgen/shared';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bySectorQueryOptions } from '../../lib/api/stats-queries.ts';
import { BarListChart } from '../charts/bar-list-chart.tsx';
import { rankRows, sectorCountRows } from '../charts/ranking-data.ts';
import { RankingTable } from '../charts/ranking-table.tsx';
import { rankingExport } from '../export/ranking-export.ts';
import { ChartCard } from '../ui/chart-card.tsx';
import { QueryBoundary } from '../ui/query-boundary.tsx';
import { DemoBadge, SourceLine } from '../ui/source-line.tsx';

export function SectorCard({ filter }: { filter: StatsFilter }) {
  const { t, i18n } = useTranslation();
  const query = useQuery(bySectorQueryOptions(filter));
  const ranked = useMemo(
    () => (query.data ? rankRows(sectorCountRows(query.data.rows), i18n.language) : []),
    [query.data, i18n.language],
  );
  return (
    <QueryBoundary query={query} cards={[t('overview.sectors.title')]}>
      {(data) => (
        <ChartCard
          id="sectors"
          title={t('overview.sectors.title')}
          exportSpec={rankingExport(ranked, {
            fileDataset: 'by-sector',
            dataset: 'by-sector',
            filter,
            sources: data.sources,
            headers: { code: t('table.code'), name: t('table.sector'), count: t('table.count'), demo: t('table.demo') },
          })}
          description={t('overview.sectors.description')}
          badge={<DemoBadge sources={data.sources} />}
          updating={query.isPlaceholderData}
          footer={<SourceLine sources={data.sources} />}
          chart={<BarListChart rows={ranked} label={t('overview.sectors.title')} />}
          table={<RankingTable rows={ranked} caption={t('overview.sectors.title')} nameLabel={t('table.sector')} />}
        />
      )}
    </QueryBoundary>
  );
}
