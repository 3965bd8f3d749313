import { MAX_COMPARE, PROVINCES, type StatsFilter, statsFilterToQuery } from '@hamgen/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import './compare-with.css';
import { localName } from '../../../lib/localized-name.ts';

/** "Compare with…": picks a second province and opens /compare with both and the page's filters. */
export function CompareWith({ code, name, filter }: { code: string; name: string; filter: StatsFilter }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const en = i18n.language === 'en';
  const others = PROVINCES.filter((p) => p.code !== code);
  const [other, setOther] = useState(code === 'IR-23' ? 'IR-10' : 'IR-23');
  const { province: _p, ...rest } = statsFilterToQuery(filter);
  const query = new URLSearchParams({ provinces: [code, other].slice(0, MAX_COMPARE).join(','), ...rest });
  return (
    <div className="compare-with no-print">
      <label htmlFor={`${id}-other`} className="field-label">
        {t('province.compareWith')}
      </label>
      <select
        id={`${id}-other`}
        aria-label={t('province.compareWithLabel', { name })}
        value={other}
        onChange={(e) => setOther(e.target.value)}
      >
        {others.map((p) => (
          <option key={p.code} value={p.code}>
            {localName(p, en)}
          </option>
        ))}
      </select>
      <Link className="button" href={`/compare?${query}`}>
        {t('province.compareGo')}
      </Link>
    </div>
  );
}
