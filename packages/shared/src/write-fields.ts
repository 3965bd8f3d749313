// Field schemas for the secretariat's forms. Every message is Persian and names its field, so a
// form can show it beside the input (the API returns `issues[].path` with each message).
import { z } from 'zod';
import { MAX_FILTER_YEAR, MIN_FILTER_YEAR } from './domain.ts';
import { formatJalaliNumeric, isValidJalaliDate, jalaliToIso } from './jalali.ts';
import { toAsciiDigits, toPersianDigits } from './normalize-fa.ts';

export type JalaliTextCheck =
  | { ok: true; iso: string; year: number }
  | { ok: false; reason: 'format' | 'impossible' | 'range' };

/** Reads `1403/05/12` (digits in any script, `/ - .` between) and says why it is not a date. */
export function checkJalaliText(text: string): JalaliTextCheck {
  const m = /^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/.exec(toAsciiDigits(text.trim()));
  if (!m) return { ok: false, reason: 'format' };
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!isValidJalaliDate(date)) return { ok: false, reason: 'impossible' };
  if (date.year < MIN_FILTER_YEAR || date.year > MAX_FILTER_YEAR) return { ok: false, reason: 'range' };
  return { ok: true, iso: jalaliToIso(date), year: date.year };
}

/** The Persian reason a date was refused, naming the field («تاریخ تشکیل») and the text typed. */
export function jalaliDateMessage(label: string, text: string, reason: 'format' | 'impossible' | 'range'): string {
  const shown = toPersianDigits(toAsciiDigits(text.trim()));
  if (shown === '') return `${label} را وارد کنید`;
  if (reason === 'impossible') return `${label}: روز ${shown} در تقویم خورشیدی وجود ندارد`;
  if (reason === 'range') {
    return `${label}: سال ${shown} باید بین ${toPersianDigits(MIN_FILTER_YEAR)} و ${toPersianDigits(MAX_FILTER_YEAR)} باشد`;
  }
  const example = toPersianDigits(formatJalaliNumeric({ year: 1403, month: 5, day: 12 }));
  return `${label}: «${shown}» تاریخ خورشیدی نیست؛ به شکل ${example} بنویسید`;
}

/** A Jalali date typed as text; the output is the Gregorian ISO date the database stores. */
export const jalaliDateSchema = (label: string) =>
  z.string({ error: `${label} را به شکل متن بنویسید، مانند ۱۴۰۳/۰۵/۱۲` }).transform((text, ctx) => {
    const check = checkJalaliText(text);
    if (check.ok) return check.iso;
    ctx.issues.push({ code: 'custom', message: jalaliDateMessage(label, text, check.reason), input: text });
    return z.NEVER;
  });

/** Required text, trimmed; empty after trimming is refused. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} را وارد کنید` })
    .trim()
    .min(1, { error: `${label} را وارد کنید` })
    .max(max, { error: `${label} حداکثر ${toPersianDigits(max)} نویسه است` });

/** Optional text, trimmed; may be empty. */
export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} باید متن باشد` })
    .trim()
    .max(max, { error: `${label} حداکثر ${toPersianDigits(max)} نویسه است` });

/** Text that may be absent: empty text and null both become null. */
export const nullableText = (label: string, max: number) =>
  optionalText(label, max)
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v));

/** A whole number from JSON: a number, or digits in any script as text (forms send either). */
export const wholeNumberSchema = (label: string, min: number, max: number) => {
  const range = `${label} باید عددی صحیح بین ${toPersianDigits(min)} و ${toPersianDigits(max)} باشد`;
  return z.preprocess(
    (v) => (typeof v === 'string' && /^\s*[\d۰-۹٠-٩]+\s*$/.test(v) ? Number(toAsciiDigits(v.trim())) : v),
    z.number({ error: range }).int({ error: range }).min(min, { error: range }).max(max, { error: range }),
  );
};

export const recordIdSchema = (label: string) => wholeNumberSchema(label, 1, Number.MAX_SAFE_INTEGER);

/** The version the client read; a stale one is answered with 409 and changes nothing. */
export const versionSchema = wholeNumberSchema('نسخه رکورد', 1, Number.MAX_SAFE_INTEGER);

export const booleanSchema = (label: string) => z.boolean({ error: `${label} باید درست یا نادرست باشد` });
