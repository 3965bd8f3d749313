// One normalization for every piece of Persian text that is stored for search or compared:
// records typed with Arabic letters, Persian or Arabic-Indic digits, diacritics or ZWNJ must
// match a query typed any other way. It runs on stored text (a normalized column) and on queries.
// Text pasted from PDFs and Word often carries Arabic presentation forms (ﻛ, ﯾ, ﻻ, ﷲ): Unicode
// compatibility normalization (NFKC) folds those to plain letters first; the table below then
// folds the letters that Arabic, Urdu, Pashto, Kurdish and older Persian layouts type instead of
// the Persian ones.

/**
 * Bump when normalizeFa's output changes: the server then recomputes every stored normalized
 * column at start (db/normalized-columns.ts), so old rows keep matching new queries.
 */
export const NORMALIZER_VERSION = 2;

const LETTER_FOLDS: Record<string, string> = {
  ي: 'ی', // Arabic yeh
  ى: 'ی', // alef maksura
  ئ: 'ی', // yeh with hamza
  ې: 'ی', // e (Pashto, Uyghur)
  ۍ: 'ی', // yeh with tail (Pashto)
  ێ: 'ی', // yeh with small v (Kurdish)
  ے: 'ی', // yeh barree (Urdu)
  ۓ: 'ی', // yeh barree with hamza (Urdu)
  ك: 'ک', // Arabic kaf
  ڪ: 'ک', // swash kaf (Sindhi)
  ګ: 'گ', // kaf with ring (Pashto gaf)
  ة: 'ه', // teh marbuta
  ۀ: 'ه', // heh with yeh above
  ە: 'ه', // ae (Kurdish)
  ھ: 'ه', // heh doachashmee (Urdu)
  ہ: 'ه', // heh goal (Urdu)
  ۂ: 'ه', // heh goal with hamza
  ۃ: 'ه', // teh marbuta goal
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا', // alef wasla
  ٲ: 'ا', // alef with wavy hamza above
  ٳ: 'ا', // alef with wavy hamza below
  ؤ: 'و',
  ۆ: 'و', // oe (Kurdish)
  ۇ: 'و', // u (Uyghur)
  ۋ: 'و', // ve (Uyghur)
};

// Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, standalone, combining and high hamza.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0621\u0674]/g;
const TATWEEL = /\u0640/g;
// ZWNJ, ZWJ, LRM, RLM, NBSP and the other bidi controls and odd spaces all become a plain space.
const INVISIBLE_SPACES = /[\u00A0\u200B-\u200F\u202A-\u202E\u2066-\u2069\u2000-\u200A\u202F\u205F\u3000\uFEFF]/g;
const LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII; other characters untouched. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** ASCII digits to Persian (۰-۹), for numbers inside Persian messages. */
export function toPersianDigits(text: string | number): string {
  return String(text).replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}

/** The canonical form used for search and de-duplication. */
export function normalizeFa(text: string): string {
  return toAsciiDigits(text.normalize('NFKC'))
    .replace(LETTERS, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(MARKS, '')
    .replace(TATWEEL, '')
    .replace(INVISIBLE_SPACES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The normalized form without any spaces. Persian writes the same word with a ZWNJ, a space or
 * nothing («تشکل‌ها», «تشکل ها», «تشکلها»), so search compares compact forms.
 */
export function compactFa(text: string): string {
  return normalizeFa(text).replace(/ /g, '');
}
