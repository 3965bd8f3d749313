import i18n, { type BackendModule, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { getSettings } from './settings.ts';

type LocaleModule = { default: Record<string, unknown> };

// The Persian strings the first screen shows are bundled; every other namespace and the English
// locale load on demand (each `locales/<lang>/<namespace>.json` is one namespace).
const bundled = import.meta.glob<LocaleModule>('../locales/fa/{common,map,export}.json', { eager: true });
// The bundled files are left out: one file both eager and lazy stays in the entry anyway, and
// Vite warns (INEFFECTIVE_DYNAMIC_IMPORT). i18next never asks the backend for them.
const onDemand = import.meta.glob<LocaleModule>(['../locales/*/*.json', '!../locales/fa/{common,map,export}.json']);

const namespaceOf = (path: string) => /locales\/(\w+)\/([\w-]+)\.json$/.exec(path) ?? [];

function bundledResources(): Resource {
  const resources: Resource = {};
  for (const [path, module] of Object.entries(bundled)) {
    const [, lang, namespace] = namespaceOf(path);
    if (!lang || !namespace) continue;
    resources[lang] ??= {};
    resources[lang][namespace] = module.default;
  }
  return resources;
}

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = onDemand[`../locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`no locale ${language}/${namespace}`), false);
    load().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

i18n
  .use(lazyLocales)
  .use(initReactI18next)
  .init({
    resources: bundledResources(),
    partialBundledLanguages: true,
    ns: ['common', 'map', 'export'],
    lng: getSettings().language,
    fallbackLng: 'fa',
    defaultNS: 'common',
    // React escapes output already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });

export { i18n };
