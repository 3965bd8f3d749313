// One normalization for every piece of Persian text that is stored for search or compared:
// records typed with Arabic letters, Persian or Arabic-Indic digits, diacritics or ZWNJ must
// match a query typed any other way. It runs on stored text (a normalized column) and on queries.

const LETTER_FOLDS: Record<string, string> = {
  ي: 'ی', // Arabic yeh
  ى: 'ی', // alef maksura
  ئ: 'ی', // yeh with hamza
  ك: 'ک', // Arabic kaf
  ة: 'ه', // teh marbuta
  ۀ: 'ه', // heh with yeh above
  ە: 'ه', // ae
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا', // alef wasla
  ؤ: 'و',
};

// Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, standalone and combining hamza.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0621]/g;
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
  return toAsciiDigits(text.normalize('NFC'))
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
