import { FIRST_JALALI_YEAR, type StatsFilter } from '@hamgen/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYear } from '../../lib/format.ts';

/** The last year the data covers; the select offers the years with records. */
export const LAST_DATA_YEAR = 1404;
const YEARS = Array.from({ length: LAST_DATA_YEAR - FIRST_JALALI_YEAR + 1 }, (_, i) => LAST_DATA_YEAR - i);

interface Props {
  filter: StatsFilter;
  onChange: (next: StatsFilter) => void;
}

/** Jalali year range. Choosing a "from" after "to" moves "to" along, so the range stays valid. */
export function YearRangeFilter({ filter, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const set = (key: 'from' | 'to', value: string) => {
    const year = value === '' ? undefined : Number(value);
    const next: StatsFilter = { ...filter, [key]: year };
    if (year !== undefined && next.from !== undefined && next.to !== undefined && next.from > next.to) {
      if (key === 'from') next.to = year;
      else next.from = year;
    }
    onChange(next);
  };
  return (
    <fieldset className="filter-group">
      <legend className="visually-hidden">{t('filters.label')}</legend>
      {(['from', 'to'] as const).map((key) => (
        <div key={key} className="field">
          <label className="field-label" htmlFor={`${id}-${key}`}>
            {t(`filters.${key}`)}
          </label>
          <select id={`${id}-${key}`} value={filter[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
            <option value="">{t('filters.allYears')}</option>
            {YEARS.map((year) => (
              <option key={year} value={year}>
                {formatYear(year, i18n.language)}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
