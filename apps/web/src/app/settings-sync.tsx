import { useEffect } from 'react';
import { useLocation, useSearch } from 'wouter';
import { i18n } from '../lib/i18n.ts';
import { useSettings, withSettings } from '../lib/settings.ts';

/**
 * Applies the reader's settings to the document (language, direction) and keeps them in the URL
 * after every navigation, so any link copied from the address bar reopens the same way.
 */
export function SettingsSync() {
  const settings = useSettings();
  const [location, navigate] = useLocation();
  const search = useSearch();

  useEffect(() => {
    if (i18n.language !== settings.language) void i18n.changeLanguage(settings.language);
    document.documentElement.lang = settings.language;
    document.documentElement.dir = settings.language === 'en' ? 'ltr' : 'rtl';
  }, [settings.language]);

  useEffect(() => {
    const wanted = withSettings(search, settings);
    if (wanted !== (search ? `?${search}` : '')) navigate(`${location}${wanted}`, { replace: true });
  }, [location, search, settings, navigate]);

  return null;
}
