// The statistics filters, shared by the API (query validation) and the web app (URL search
// params), so a link and an API call always mean the same thing.
import { z } from 'zod';
import { MAX_FILTER_YEAR, MIN_FILTER_YEAR, ORGANIZATION_KINDS, ORGANIZATION_STATUSES, SECTOR_CODES } from './domain.ts';
import { toAsciiDigits, toPersianDigits } from './normalize-fa.ts';
import { PROVINCE_CODES } from './provinces.ts';

/** An absent or empty query parameter means "no filter". */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const YEAR_RANGE_MESSAGE = `سال باید بین ${toPersianDigits(MIN_FILTER_YEAR)} و ${toPersianDigits(MAX_FILTER_YEAR)} باشد`;

export const jalaliYearParamSchema = z
  .string({ error: 'سال باید عدد باشد' })
  .transform((text) => toAsciiDigits(text.trim()))
  .pipe(z.string().regex(/^\d{1,5}$/, { error: 'سال باید یک عدد به تقویم خورشیدی باشد، مانند ۱۳۹۹' }))
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(MIN_FILTER_YEAR, { error: YEAR_RANGE_MESSAGE })
      .max(MAX_FILTER_YEAR, { error: YEAR_RANGE_MESSAGE }),
  );

export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** A whole number from a query parameter, digits in any script. */
export const intParamSchema = (min: number, max: number, label: string) =>
  z
    .string({ error: `${label} باید عدد باشد` })
    .transform((text) => toAsciiDigits(text.trim()))
    .pipe(z.string().regex(/^\d{1,9}$/, { error: `${label} باید عدد صحیح باشد` }))
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `${label} باید بین ${toPersianDigits(min)} و ${toPersianDigits(max)} باشد` })
        .max(max, { error: `${label} باید بین ${toPersianDigits(min)} و ${toPersianDigits(max)} باشد` }),
    );

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

export const statsFilterSchema = z.object(statsFilterShape).refine(...yearOrder);

export type StatsFilter = z.infer<typeof statsFilterSchema>;

export const TIMELINE_STACKS = ['kind', 'sector'] as const;
export type TimelineStack = (typeof TIMELINE_STACKS)[number];

export const timelineQuerySchema = z
  .object({
    ...statsFilterShape,
    stack: optional(z.enum(TIMELINE_STACKS, { error: 'نوع تفکیک نمودار ناشناخته است' })),
  })
  .refine(...yearOrder);
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;
export type StatsFilterInput = z.input<typeof statsFilterSchema>;

export const STATS_FILTER_KEYS = ['from', 'to', 'sector', 'kind', 'status', 'province'] as const;

/** Filters as URL query text (ASCII digits, fixed key order, empty keys left out). */
export function statsFilterToQuery(filter: StatsFilter): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of STATS_FILTER_KEYS) {
    const value = filter[key];
    if (value !== undefined) query[key] = String(value);
  }
  return query;
}
