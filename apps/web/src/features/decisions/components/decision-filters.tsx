import { DECISION_STATUSES, type DecisionListQuery, PROVINCES } from '@hamgen/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { YearRangeFilter } from '../../../components/filters/year-range-filter.tsx';
import { localName } from '../../../lib/localized-name.ts';

type Values = Partial<Record<keyof DecisionListQuery, string | number | undefined>>;

interface Props {
  query: DecisionListQuery;
  /** Every topic in use, from the API. */
  topics: readonly string[];
  onChange: (values: Values) => void;
  onClear: () => void;
}

export function DecisionFilters({ query, topics, onChange, onClear }: Props) {
  const { t, i18n } = useTranslation('decisions');
  const id = useId();
  const en = i18n.language === 'en';
  const provinces = [...PROVINCES]
    .map((p) => ({ value: p.code, label: localName(p, en) }))
    .sort((a, b) => a.label.localeCompare(b.label, en ? 'en' : 'fa'));
  // A topic from a pasted link stays selectable while the list loads (or if it fell out of use).
  const topicOptions = query.topic && !topics.includes(query.topic) ? [query.topic, ...topics] : topics;
  const active = Object.entries(query).some(([key, value]) => key !== 'page' && value !== undefined);
  return (
    <search className="filters decision-filters" aria-label={t('filters.label')}>
      <label className="field" htmlFor={`${id}-status`}>
        <span className="field-label">{t('filters.status')}</span>
        <select
          id={`${id}-status`}
          value={query.status ?? ''}
          onChange={(e) => onChange({ status: e.target.value || undefined })}
        >
          <option value="">{t('filters.all')}</option>
          {DECISION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`decisionStatus.${s}`, { ns: 'common' })}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-topic`}>
        <span className="field-label">{t('filters.topic')}</span>
        <select
          id={`${id}-topic`}
          value={query.topic ?? ''}
          onChange={(e) => onChange({ topic: e.target.value || undefined })}
        >
          <option value="">{t('filters.all')}</option>
          {topicOptions.map((topic) => (
            <option key={topic} value={topic}>
              {topic}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={`${id}-province`}>
        <span className="field-label">{t('filters.province')}</span>
        <select
          id={`${id}-province`}
          value={query.province ?? ''}
          onChange={(e) => onChange({ province: e.target.value || undefined })}
        >
          <option value="">{t('filters.all')}</option>
          {provinces.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <YearRangeFilter
        filter={{ from: query.from, to: query.to }}
        onChange={(next) => onChange({ from: next.from, to: next.to })}
      />
      <label className="check-field" htmlFor={`${id}-overdue`}>
        <input
          id={`${id}-overdue`}
          type="checkbox"
          checked={query.overdue === true}
          onChange={(e) => onChange({ overdue: e.target.checked ? 'true' : undefined })}
        />
        <span>{t('filters.overdue')}</span>
      </label>
      {active && (
        <button type="button" className="button button-quiet" onClick={onClear}>
          {t('filters.clear')}
        </button>
      )}
    </search>
  );
}
