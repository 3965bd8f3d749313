import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Calendar, updateSettings, useSettings } from '../lib/settings.ts';

/** Language (فارسی / English) and calendar (Jalali / Gregorian) in the header. */
export function SettingsSwitch() {
  const { t } = useTranslation();
  const settings = useSettings();
  const id = useId();
  const other = settings.language === 'fa' ? 'en' : 'fa';
  return (
    <div className="settings-switch">
      <button type="button" className="header-button" lang={other} onClick={() => updateSettings({ language: other })}>
        {t(`settings.switchTo.${other}`)}
      </button>
      <label htmlFor={`${id}-cal`} className="visually-hidden">
        {t('settings.calendar')}
      </label>
      <select
        id={`${id}-cal`}
        className="header-select"
        value={settings.calendar}
        onChange={(e) => updateSettings({ calendar: e.target.value as Calendar })}
      >
        <option value="jalali">{t('settings.jalali')}</option>
        <option value="gregorian">{t('settings.gregorian')}</option>
      </select>
    </div>
  );
}
