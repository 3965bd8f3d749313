import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';

/** Rows counted per source, as the API reports them ({ demo: 12, article: 3, 'import:x.xlsx': 4 }). */
export type SourceCounts = Record<string, number>;

/** Shown wherever demo rows are counted, so an invented number is never taken for a real one. */
export function DemoBadge({ sources }: { sources: SourceCounts }) {
  const { t, i18n } = useTranslation();
  const demo = sources.demo ?? 0;
  if (demo === 0) return null;
  return (
    <span
      className="demo-badge"
      title={t('demo.explain', { count: demo, formatted: formatNumber(demo, i18n.language) })}
    >
      {t('demo.badge')}
    </span>
  );
}

export function sourceLabels(sources: SourceCounts, t: (key: string) => string): string[] {
  const labels = new Set<string>();
  for (const [source, n] of Object.entries(sources)) {
    if (n <= 0) continue;
    labels.add(source.startsWith('import:') ? t('source.import') : t(`source.${source}`));
  }
  return [...labels];
}

export function SourceLine({ sources }: { sources: SourceCounts }) {
  const { t } = useTranslation();
  const labels = sourceLabels(sources, t);
  return (
    <p className="source-line">
      {t('source.label')}: {labels.length > 0 ? labels.join(t('app.listSeparator')) : t('source.none')}
    </p>
  );
}
