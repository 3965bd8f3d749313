import { MAX_COMPARE, MIN_COMPARE, PROVINCES, provinceByCode } from '@hamgen/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../lib/localized-name.ts';

interface Props {
  codes: string[];
  onToggle: (code: string) => void;
}

/** The chosen provinces as removable chips, and a list to add one (2 to 4 in all). */
export function ProvincePicker({ codes, onToggle }: Props) {
  const { t, i18n } = useTranslation('compare');
  const id = useId();
  const en = i18n.language === 'en';
  const nameOf = (code: string) => {
    const p = provinceByCode(code);
    return p ? localName(p, en) : code;
  };
  const full = codes.length >= MAX_COMPARE;
  return (
    <div className="province-picker">
      <ul className="province-chips" aria-label={t('chosen')}>
        {codes.map((code) => (
          <li key={code}>
            <span>{nameOf(code)}</span>
            <button type="button" aria-label={t('remove', { name: nameOf(code) })} onClick={() => onToggle(code)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-add`} className="field-label">
        {t('add')}
      </label>
      <select id={`${id}-add`} value="" disabled={full} onChange={(e) => e.target.value && onToggle(e.target.value)}>
        <option value="">{full ? t('full', { max: MAX_COMPARE }) : t('choose')}</option>
        {[...PROVINCES]
          .filter((p) => !codes.includes(p.code))
          .map((p) => ({ code: p.code, name: localName(p, en) }))
          .sort((a, b) => a.name.localeCompare(b.name, en ? 'en' : 'fa'))
          .map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
      </select>
      {codes.length < MIN_COMPARE && (
        <p className="field-hint">{t('needMore', { min: MIN_COMPARE, max: MAX_COMPARE })}</p>
      )}
    </div>
  );
}
