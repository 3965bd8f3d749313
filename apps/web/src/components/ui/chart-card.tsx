import { type ReactNode, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlParam } from '../../lib/url/use-url-param.ts';
import { ExportMenu } from '../export/export-menu.tsx';
import type { ExportSpec } from '../export/export-spec.ts';

const TABS = ['chart', 'table'] as const;
type Tab = (typeof TABS)[number];

interface ChartCardProps {
  /** Names the URL parameter that keeps this card's tab (`?ranking=table`). */
  id: string;
  /** Controls beside the tabs (e.g. stacking), in the header. */
  controls?: ReactNode;
  title: string;
  description?: string;
  badge?: ReactNode;
  footer?: ReactNode;
  /** Shown while new data loads over the old (the old stays visible). */
  updating?: boolean;
  chart: ReactNode;
  table: ReactNode;
  /** PNG/SVG/CSV/XLSX export and copy-link; without it the card has no export menu. */
  exportSpec?: ExportSpec;
}

/** A titled card with chart and table tabs; every chart has a table with its exact numbers. */
export function ChartCard({
  id: cardId,
  title,
  description,
  badge,
  controls,
  footer,
  updating,
  chart,
  table,
  exportSpec,
}: ChartCardProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useUrlParam<Tab>(cardId, TABS, 'chart');
  const id = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-card={cardId}>
      <header className="card-header">
        <div>
          <h2 id={`${id}-title`} className="card-title">
            {title} {badge}
          </h2>
          {description && <p className="card-description">{description}</p>}
        </div>
        <div className="card-controls">
          {controls}
          {exportSpec && (
            <ExportMenu title={title} spec={exportSpec} chartRef={bodyRef} chartVisible={tab === 'chart'} />
          )}
          <div role="tablist" aria-label={title} className="tabs">
            {TABS.map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`${id}-${name}-tab`}
                aria-selected={tab === name}
                aria-controls={`${id}-${name}`}
                tabIndex={tab === name ? 0 : -1}
                className="tab"
                onClick={() => setTab(name)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') setTab(tab === 'chart' ? 'table' : 'chart');
                }}
              >
                {t(`tabs.${name}`)}
              </button>
            ))}
          </div>
        </div>
      </header>
      {updating && (
        <output className="card-updating" aria-live="polite">
          {t('states.updating')}
        </output>
      )}
      <div ref={bodyRef} id={`${id}-${tab}`} role="tabpanel" aria-labelledby={`${id}-${tab}-tab`} className="card-body">
        {tab === 'chart' ? chart : table}
      </div>
      {footer && <footer className="card-footer">{footer}</footer>}
    </section>
  );
}
