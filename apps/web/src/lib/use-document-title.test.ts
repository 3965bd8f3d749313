import { describe, expect, it } from 'vitest';
import { documentTitle } from './use-document-title.ts';

describe('documentTitle', () => {
  it.each([
    [['جلسات'], 'جلسات | همگن'],
    [['استان تهران', 'سال ۱۳۹۹'], 'استان تهران | سال ۱۳۹۹ | همگن'],
    [['Meeting', undefined, '', false], 'Meeting | همگن'],
    [[], 'همگن'],
  ] as const)('%o', (parts, expected) => {
    expect(documentTitle(parts, 'همگن', ' | ')).toBe(expected);
  });
});
