import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES, useMeasure } from '../../lib/measure.ts';
import './measure-switch.css';

/** Count or per million inhabitants, kept in the URL (`?measure=per_million`). */
export function MeasureSwitch() {
  const { t } = useTranslation();
  const [measure, setMeasure] = useMeasure();
  const name = useId();
  return (
    <fieldset className="measure-switch no-print">
      <legend className="visually-hidden">{t('measure.label')}</legend>
      {MEASURES.map((m) => (
        <label key={m} className={m === measure ? 'measure-option is-checked' : 'measure-option'}>
          <input type="radio" name={name} value={m} checked={m === measure} onChange={() => setMeasure(m)} />
          {t(`measure.${m}`)}
        </label>
      ))}
    </fieldset>
  );
}
