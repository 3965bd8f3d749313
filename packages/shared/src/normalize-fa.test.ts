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
    // Pasted from PDFs and Word: Arabic presentation forms and ligatures (folded by NFKC).
    ['presentation forms (isolated, initial, medial, final)', 'ﺗﺸﻜﻞ ﺻﻨﺎﯾﻊ', 'تشکل صنایع'],
    ['lam-alef ligature', 'ﻻﺳﺘﯿﮏ', 'لاستیک'],
    ['lam-alef with madda ligature', 'ﻵ', 'لا'],
    ['Allah ligature', 'ﷲ', 'الله'],
    ['presentation-form Persian letters', 'ﭘﺘﺮﻭﺷﯿﻤﯽ ﮔﯿﻼﻥ', 'پتروشیمی گیلان'],
    ['fullwidth Latin and digits', 'ＩＲ－０３', 'ir-03'],
    // Letters that other layouts type for the Persian ones.
    ['alef maksura U+0649 inside a word', 'صنايع دستى', 'صنایع دستی'],
    ['Pashto e U+06D0', 'تېران', 'تیران'],
    ['Urdu yeh barree U+06D2', 'کرمانے', 'کرمانی'],
    ['Urdu heh doachashmee U+06BE', 'ھمگن', 'همگن'],
    ['Urdu heh goal U+06C1', 'ہمدان', 'همدان'],
    ['Kurdish ae U+06D5', 'کارخانە', 'کارخانه'],
    ['heh with yeh above U+06C0', 'خانۀ', 'خانه'],
    ['alef with hamza below', 'إیران', 'ایران'],
    ['waw with hamza', 'مؤسسه', 'موسسه'],
    ['swash kaf U+06AA', 'ڪرمان', 'کرمان'],
    ['Kurdish oe U+06C6', 'کۆرە', 'کوره'],
    ['high hamza U+0674 (and the alef it decomposes from)', 'ٵ', 'ا'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeFa(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeFa('انجمنِ صنايع همگنِ كرمان‌ ۱۳۹۹');
    expect(normalizeFa(once)).toBe(once);
  });
});

describe('text pasted from a PDF matches text typed on a Persian keyboard', () => {
  it.each([
    ['ﺍﻧﺠﻤﻦ ﺻﻨﺎﻳﻊ ﻫﻤﮕﻦ ﻛﺮﻣﺎﻥ', 'انجمن صنایع همگن کرمان'],
    ['ﻻﺳﺘﻴﻚ ﻭ ﭘﻼﺳﺘﻴﻚ', 'لاستیک و پلاستیک'],
    ['انجمن صنايع ھمگن كرمانے', 'انجمن صنایع همگن کرمانی'],
  ])('%s', (pasted, typed) => {
    expect(compactFa(pasted)).toBe(compactFa(typed));
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
