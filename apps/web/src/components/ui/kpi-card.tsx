import type { ReactNode } from 'react';

export interface KpiCardProps {
  id: string;
  label: string;
  value: string;
  /** The exact figure when `value` is shortened (۱۰۲ هزار). */
  exact?: string;
  hint?: ReactNode;
  /** `label` is the words ("vs 1398:"), `amount` the signed change, kept left-to-right. */
  delta?: { label: string; amount: string; direction: 'up' | 'down' | 'same' };
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
          {/* Sign, number and percent in one left-to-right run («+۵ (+۵۰٪)») in both languages; the
              words for "no change" keep their own direction. */}
          {delta.label}{' '}
          <bdi className="kpi-delta-amount" dir={delta.direction === 'same' ? 'auto' : 'ltr'}>
            {delta.amount}
          </bdi>
        </dd>
      )}
    </div>
  );
}
