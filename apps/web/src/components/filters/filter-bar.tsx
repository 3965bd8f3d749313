import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES, PROVINCES, SECTORS, type StatsFilter } from '@hamgen/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../lib/localized-name.ts';
import { YearRangeFilter } from './year-range-filter.tsx';

type SelectKey = 'sector' | 'kind' | 'status' | 'province';

interface Props {
  filter: StatsFilter;
  onChange: (next: StatsFilter) => void;
  /** Filters that make no sense on a page (the province on its own fact sheet). */
  hide?: SelectKey[];
}

/** Every filter of the stats schema, each kept in the URL under the API's name. */
export function FilterBar({ filter, onChange, hide = [] }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // On small screens the filters fold behind one button; on wider ones they are always shown.
  const [open, setOpen] = useState(false);
  const en = i18n.language === 'en';
  const options: Record<SelectKey, { value: string; label: string }[]> = {
    sector: SECTORS.map((s) => ({ value: s.code, label: localName(s, en) })),
    kind: ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
    status: ORGANIZATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    province: [...PROVINCES]
      .map((p) => ({ value: p.code, label: localName(p, en) }))
      .sort((a, b) => a.label.localeCompare(b.label, en ? 'en' : 'fa')),
  };
  const keys = (['sector', 'kind', 'status', 'province'] as const).filter((k) => !hide.includes(k));
  const active = Object.entries(filter).some(([key, value]) => value !== undefined && !hide.includes(key as SelectKey));
  return (
    <search className={open ? 'filters is-open' : 'filters'} aria-label={t('filters.label')}>
      <button
        type="button"
        className="button button-quiet filters-toggle"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen(!open)}
      >
        {t('filters.label')}
      </button>
      <div className="filters-body" id={`${id}-body`}>
        <YearRangeFilter filter={filter} onChange={onChange} />
        {keys.map((key) => (
          <div key={key} className="field">
            <label className="field-label" htmlFor={`${id}-${key}`}>
              {t(`filters.${key}`)}
            </label>
            <select
              id={`${id}-${key}`}
              value={filter[key] ?? ''}
              onChange={(e) => onChange({ ...filter, [key]: e.target.value || undefined })}
            >
              <option value="">{t('filters.all')}</option>
              {options[key].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        {active && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => onChange(Object.fromEntries(hide.map((k) => [k, filter[k]])))}
          >
            {t('filters.clear')}
          </button>
        )}
      </div>
    </search>
  );
}
