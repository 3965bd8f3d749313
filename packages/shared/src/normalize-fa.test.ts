import { describe, expect, it } from 'vitest';
import { compactFa, normalizeFa, toAsciiDigits, toPersianDigits } from './normalize-fa.ts';

describe('normalizeFa', () => {
  it.each([
    ['Arabic yeh', 'كرماني', 'کرمانی'],
    ['Arabic kaf', 'تشكل', 'تشکل'],
    ['alef maksura', 'موسى', 'موسی'],
    ['teh marbuta', 'غرفة', 'غرفه'],
    ['heh with yeh above', 'خانۀ صنعت', 'خانه صنعت'],
    ['hamza on alef', 'أمور', 'امور'],
    ['alef madda', 'آذربایجان', 'اذربایجان'],
    ['yeh with hamza', 'مسئول', 'مسیول'],
    ['diacritics', 'صَنایِعِ هَمگِن', 'صنایع همگن'],
    ['tanwin and shadda', 'فوراً مؤثّر', 'فورا موثر'],
    ['tatweel', 'صـــنعت', 'صنعت'],
    ['ZWNJ to space', 'تشکل‌ها', 'تشکل ها'],
    ['ZWJ, RLM, LRM, NBSP', 'الف\u200Dب\u200Fج\u200Eد\u00A0ه', 'الف ب ج د ه'],
    ['Persian digits', '۱۳۹۹', '1399'],
    ['Arabic-Indic digits', '١٤٠٠', '1400'],
    ['collapses and trims spaces', '  خانه   صنعت  ', 'خانه صنعت'],
    ['Latin lowercased', 'Kerman', 'kerman'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeFa(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeFa('انجمنِ صنايع همگنِ كرمان‌ ۱۳۹۹');
    expect(normalizeFa(once)).toBe(once);
  });
});

describe('compactFa', () => {
  it('makes ZWNJ, space and nothing equal', () => {
    const forms = ['تشکل‌ها', 'تشکل ها', 'تشکلها', 'تشكل‌ها'].map(compactFa);
    expect(new Set(forms).size).toBe(1);
  });
});

describe('toAsciiDigits', () => {
  it('leaves non-digits untouched', () => {
    expect(toAsciiDigits('سال ۱۴۰۳ و ٢')).toBe('سال 1403 و 2');
  });
});

describe('toPersianDigits', () => {
  it('round-trips with toAsciiDigits', () => {
    expect(toPersianDigits(1300)).toBe('۱۳۰۰');
    expect(toAsciiDigits(toPersianDigits('سال 1399/12/30'))).toBe('سال 1399/12/30');
  });
});
