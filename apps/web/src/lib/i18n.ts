import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { getSettings } from './settings.ts';

// Every `locales/<lang>/<namespace>.json` is a namespace: a feature adds its file, nothing here
// changes. Bundled eagerly: the Persian strings are needed for the first paint anyway.
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json', { eager: true });

export function localeResources(): Resource {
  const resources: Resource = {};
  for (const [path, module] of Object.entries(files)) {
    const [, lang, namespace] = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path) ?? [];
    if (!lang || !namespace) continue;
    resources[lang] ??= {};
    resources[lang][namespace] = module.default;
  }
  return resources;
}

i18n.use(initReactI18next).init({
  resources: localeResources(),
  lng: getSettings().language,
  fallbackLng: 'fa',
  defaultNS: 'common',
  // React escapes output already.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
