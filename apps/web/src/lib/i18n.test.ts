import { describe, expect, it } from 'vitest';
import { localeResources } from './i18n.ts';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('locale files', () => {
  const resources = localeResources();

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
        const flat = JSON.stringify(strings);
        expect(flat.includes('""'), `${lang}/${namespace}`).toBe(false);
      }
    }
  });
});
