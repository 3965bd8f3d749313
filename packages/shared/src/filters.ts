// The statistics filters, shared by the API (query validation) and the web app (URL search
// params), so a link and an API call always mean the same thing.
// zod/mini: the web's first screen parses its URL with these, and the mini build is a fraction
// of classic zod's size there; the schemas are the same objects to the API (both are zod v4 core).
import { z } from 'zod/mini';
import { MAX_FILTER_YEAR, MIN_FILTER_YEAR, ORGANIZATION_KINDS, ORGANIZATION_STATUSES, SECTOR_CODES } from './domain.ts';
import { toAsciiDigits, toPersianDigits } from './normalize-fa.ts';
import { PROVINCE_CODES } from './provinces.ts';

/** An absent or empty query parameter means "no filter". */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const rangeMessage = (label: string, min: number, max: number) =>
  `${label} باید بین ${toPersianDigits(min)} و ${toPersianDigits(max)} باشد`;

/** Text of digits in any script, read as a whole number within [min, max]. */
function wholeNumber(min: number, max: number, label: string, messages: { type: string; format: string }) {
  return z.pipe(
    z.pipe(
      z.string({ error: messages.type }),
      z.transform((text: string) => toAsciiDigits(text.trim())),
    ),
    z.pipe(
      z.string().check(z.regex(/^\d{1,9}$/, { error: messages.format })),
      z.pipe(
        z.transform((text: string) => Number(text)),
        z
          .number()
          .check(
            z.minimum(min, { error: rangeMessage(label, min, max) }),
            z.maximum(max, { error: rangeMessage(label, min, max) }),
          ),
      ),
    ),
  );
}

export const jalaliYearParamSchema = wholeNumber(MIN_FILTER_YEAR, MAX_FILTER_YEAR, 'سال', {
  type: 'سال باید عدد باشد',
  format: 'سال باید یک عدد به تقویم خورشیدی باشد، مانند ۱۳۹۹',
});

/** An optional query parameter; an empty one counts as absent. The outer optional keeps the key optional in the input type. */
export const optional = <T extends z.core.$ZodType>(schema: T) =>
  z.optional(z.pipe(z.transform(blankToUndefined), z.optional(schema)));

/** A whole number from a query parameter, digits in any script. */
export const intParamSchema = (min: number, max: number, label: string) =>
  wholeNumber(min, max, label, { type: `${label} باید عدد باشد`, format: `${label} باید عدد صحیح باشد` });

export const statsFilterShape = {
  from: optional(jalaliYearParamSchema),
  to: optional(jalaliYearParamSchema),
  sector: optional(z.enum(SECTOR_CODES, { error: 'بخش صنعتی ناشناخته است' })),
  kind: optional(z.enum(ORGANIZATION_KINDS, { error: 'نوع تشکل ناشناخته است' })),
  status: optional(z.enum(ORGANIZATION_STATUSES, { error: 'وضعیت تشکل ناشناخته است' })),
  province: optional(z.enum(PROVINCE_CODES as [string, ...string[]], { error: 'کد استان ناشناخته است' })),
};

/** Refinement for any schema with `from`/`to` years. */
export const yearOrder: [(f: { from?: number; to?: number }) => boolean, { error: string; path: PropertyKey[] }] = [
  (f) => f.from === undefined || f.to === undefined || f.from <= f.to,
  { error: 'سال آغاز نباید پس از سال پایان باشد', path: ['from'] },
];

export const statsFilterSchema = z.object(statsFilterShape).check(z.refine(...yearOrder));

export type StatsFilter = z.infer<typeof statsFilterSchema>;

export const TIMELINE_STACKS = ['kind', 'sector'] as const;
export type TimelineStack = (typeof TIMELINE_STACKS)[number];

export const timelineQuerySchema = z
  .object({
    ...statsFilterShape,
    stack: optional(z.enum(TIMELINE_STACKS, { error: 'نوع تفکیک نمودار ناشناخته است' })),
  })
  .check(z.refine(...yearOrder));
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;
export type StatsFilterInput = z.input<typeof statsFilterSchema>;
