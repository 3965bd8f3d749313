import './kpi-card.css';
import type { ReactNode } from 'react';

export interface KpiCardProps {
  id: string;
  label: string;
  value: string;
  /** The exact figure when `value` is shortened (۱۰۲ هزار). */
  exact?: string;
  hint?: ReactNode;
  /** `label` is the words ("vs 1398:"), `amount` the signed change and `percent` its signed share. */
  delta?: { label: string; amount: string; percent: string | null; direction: 'up' | 'down' | 'same' };
}

export function KpiCard({ id, label, value, exact, hint, delta }: KpiCardProps) {
  return (
    <div className="kpi" data-kpi={id}>
      <dt className="kpi-label">{label}</dt>
      <dd className="kpi-value" title={exact && exact !== value ? exact : undefined}>
        {value}
      </dd>
      {hint && <dd className="kpi-hint">{hint}</dd>}
      {delta && (
        <dd className={`kpi-delta kpi-delta-${delta.direction}`}>
          <span aria-hidden="true">{delta.direction === 'up' ? '▲' : delta.direction === 'down' ? '▼' : '●'} </span>
          {/* Number, then percent, in the reading direction; each signed figure is an isolated
              left-to-right run that never breaks, and "no change" keeps its own direction. */}
          {delta.label}{' '}
          <bdi className="kpi-delta-amount" dir={delta.direction === 'same' ? 'auto' : 'ltr'}>
            {delta.amount}
          </bdi>
          {delta.percent && (
            <>
              {' ('}
              <bdi className="kpi-delta-percent" dir="ltr">
                {delta.percent}
              </bdi>
              {')'}
            </>
          )}
        </dd>
      )}
    </div>
  );
}
