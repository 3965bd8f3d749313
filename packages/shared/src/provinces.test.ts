import { describe, expect, it } from 'vitest';
import { PROVINCE_CODES, PROVINCES, provinceByCode } from './provinces.ts';

describe('PROVINCES', () => {
  it('holds the 31 provinces with unique current codes IR-00..IR-30', () => {
    expect(PROVINCES).toHaveLength(31);
    expect(new Set(PROVINCE_CODES).size).toBe(31);
    expect(PROVINCE_CODES).toEqual(Array.from({ length: 31 }, (_, i) => `IR-${String(i).padStart(2, '0')}`));
  });

  it('names the article provinces by their current codes', () => {
    expect(provinceByCode('IR-03')?.nameFa).toBe('آذربایجان شرقی');
    expect(provinceByCode('IR-26')?.nameFa).toBe('قزوین');
    expect(provinceByCode('IR-09')?.nameEn).toBe('Razavi Khorasan');
    expect(provinceByCode('IR-31')).toBeUndefined();
  });
});

describe('capitals', () => {
  it('names each capital in English, not the province again', () => {
    expect(provinceByCode('IR-03')?.capitalEn).toBe('Tabriz');
    expect(provinceByCode('IR-23')?.capitalEn).toBe('Tehran');
    expect(PROVINCES.filter((p) => p.capitalEn !== p.nameEn).length).toBeGreaterThan(15);
    for (const p of PROVINCES) expect(p.capitalEn).toMatch(/^[A-Za-z ]+$/);
  });
});
