import type { DecisionStatus } from '@hamgen/shared';
import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from '../../../components/ui/chart-card.tsx';
import { LazyPart } from '../../../components/ui/chunk-boundary.tsx';
import { DemoBadge, type SourceCounts, SourceLine } from '../../../components/ui/source-line.tsx';
import { statusRows } from '../decisions-data.ts';
import { StatusTable } from './status-table.tsx';

const StatusBarChart = lazy(() => import('./status-bar-chart.tsx'));

interface Props {
  byStatus: Record<DecisionStatus, number>;
  sources: SourceCounts;
  updating: boolean;
}

/** Counts by status under every filter but the status itself, so the chart shows the whole split. */
export function StatusCard({ byStatus, sources, updating }: Props) {
  const { t } = useTranslation('decisions');
  const rows = useMemo(() => statusRows(byStatus, (s) => t(`decisionStatus.${s}`, { ns: 'common' })), [byStatus, t]);
  return (
    <ChartCard
      id="by-status"
      title={t('chart.title')}
      description={t('chart.description')}
      badge={<DemoBadge sources={sources} />}
      updating={updating}
      footer={<SourceLine sources={sources} />}
      chart={
        <LazyPart>
          <StatusBarChart rows={rows} />
        </LazyPart>
      }
      table={<StatusTable rows={rows} />}
    />
  );
}
