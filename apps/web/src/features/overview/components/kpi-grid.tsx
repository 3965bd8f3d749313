import { useTranslation } from 'react-i18next';
import { KpiCard, type KpiCardProps } from '../../../components/ui/kpi-card.tsx';
import type { OverviewData } from '../../../lib/api/stats-queries.ts';
import { formatCompact, formatNumber, formatYear } from '../../../lib/format.ts';
import { formatDelta, kpiDelta } from '../kpi-data.ts';

type Kpis = OverviewData['kpis'];

export function KpiGrid({ data }: { data: OverviewData }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const n = (value: number) => formatNumber(value, lang);
  const short = (value: number) => ({ value: formatCompact(value, lang), exact: n(value) });
  const { kpis, previous, filter } = data;
  const delta = (key: keyof Kpis): KpiCardProps['delta'] => {
    if (!previous || filter.from === undefined) return undefined;
    const d = kpiDelta(kpis[key], previous[key]);
    const label = t('kpi.versus', { year: formatYear(filter.from - 1, lang) });
    return { label, ...formatDelta(d, n, t('kpi.noChange'), t('kpi.percentSign')), direction: d.direction };
  };
  const cards: KpiCardProps[] = [
    {
      id: 'total',
      label: t('kpi.total'),
      ...short(kpis.total),
      hint: filter.to !== undefined ? t('kpi.totalHint', { year: formatYear(filter.to, lang) }) : t('kpi.totalHintAll'),
      delta: delta('total'),
    },
    { id: 'formed', label: t('kpi.formed'), ...short(kpis.formed), delta: delta('formed') },
    {
      id: 'provinces',
      label: t('kpi.provincesCovered'),
      value: t('kpi.provincesCoveredValue', { covered: n(kpis.provincesCovered) }),
      delta: delta('provincesCovered'),
    },
    { id: 'national', label: t('kpi.national'), ...short(kpis.national), delta: delta('national') },
    { id: 'meetings', label: t('kpi.meetings'), ...short(kpis.meetings), delta: delta('meetings') },
    {
      id: 'open-decisions',
      label: t('kpi.openDecisions'),
      ...short(kpis.openDecisions),
      hint:
        kpis.overdueDecisions > 0
          ? t('kpi.overdue', { count: kpis.overdueDecisions, formatted: n(kpis.overdueDecisions) })
          : undefined,
    },
  ];
  return (
    <dl className="kpi-grid" aria-label={t('kpi.label')}>
      {cards.map((card) => (
        <KpiCard key={card.id} {...card} />
      ))}
    </dl>
  );
}
