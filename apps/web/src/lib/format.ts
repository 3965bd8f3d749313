// One place for number and date formatting: Persian digits in the Persian UI, Latin digits in
// English, the Persian calendar through Intl (Node and Chromium agree on its output).
const numberFormats = new Map<string, Intl.NumberFormat>();

function localeOf(lang: string): string {
  return lang === 'en' ? 'en-US' : 'fa-IR';
}

function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, lang = 'fa'): string {
  return numberFormat(lang).format(value);
}

/** Years are labels, not quantities: no thousands separator (۱۳۹۹, not ۱٬۳۹۹). */
export function formatYear(year: number, lang = 'fa'): string {
  return numberFormat(lang, { useGrouping: false }).format(year);
}

export function formatJalaliDate(iso: string, lang = 'fa'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const locale = lang === 'en' ? 'en-US-u-ca-persian' : 'fa-IR-u-ca-persian';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
