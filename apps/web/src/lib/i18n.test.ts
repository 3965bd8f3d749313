import { describe, expect, it } from 'vitest';

const files = import.meta.glob<{ default: unknown }>('../locales/*/*.json', { eager: true });
const resources: Record<string, Record<string, unknown>> = {};
for (const [path, module] of Object.entries(files)) {
  const [, lang = '', namespace = ''] = /locales\/(\w+)\/([\w-]+)\.json$/.exec(path) ?? [];
  resources[lang] ??= {};
  (resources[lang] as Record<string, unknown>)[namespace] = module.default;
}

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('locale files', () => {
  it('have Persian and English', () => {
    expect(Object.keys(resources).sort()).toEqual(['en', 'fa']);
  });

  it('hold the same namespaces and keys in both languages', () => {
    const fa = resources.fa ?? {};
    const en = resources.en ?? {};
    expect(Object.keys(en).sort()).toEqual(Object.keys(fa).sort());
    for (const namespace of Object.keys(fa)) {
      expect(keysOf(en[namespace]).sort(), namespace).toEqual(keysOf(fa[namespace]).sort());
    }
  });

  it('have no empty strings', () => {
    for (const [lang, namespaces] of Object.entries(resources)) {
      for (const [namespace, strings] of Object.entries(namespaces)) {
        expect(JSON.stringify(strings).includes('""'), `${lang}/${namespace}`).toBe(false);
      }
    }
  });
});
