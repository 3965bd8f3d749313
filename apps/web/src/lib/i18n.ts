import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from '../locales/en/common.json';
import faCommon from '../locales/fa/common.json';

export const LANGUAGES = ['fa', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

i18n.use(initReactI18next).init({
  resources: { fa: { common: faCommon }, en: { common: enCommon } },
  lng: 'fa',
  fallbackLng: 'fa',
  defaultNS: 'common',
  // React escapes output already.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
