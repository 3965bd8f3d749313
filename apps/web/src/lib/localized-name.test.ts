import { describe, expect, it } from 'vitest';
import { localName } from './localized-name.ts';

describe('localName', () => {
  it('gives the Persian name unless the UI is English', () => {
    const province = { nameFa: 'تهران', nameEn: 'Tehran' };
    expect(localName(province, false)).toBe('تهران');
    expect(localName(province, true)).toBe('Tehran');
  });
});
