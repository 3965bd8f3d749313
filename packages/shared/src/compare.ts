// The comparison of 2 to 4 provinces over the Jalali years (`/compare`, `GET /api/stats/compare`).
// One schema for the API's validation and the page's URL, so a link and a call mean the same thing.
import { z } from 'zod';
import { statsFilterShape, yearOrder } from './filters.ts';
import { toPersianDigits } from './normalize-fa.ts';
import { PROVINCE_CODES } from './provinces.ts';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** `IR-03,IR-23` → ['IR-03', 'IR-23']; spaces and Persian commas tolerated, order kept. */
export const compareProvincesSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'استان‌های مورد مقایسه را با provinces بدهید، مانند IR-03,IR-23'
        : 'فهرست استان‌ها باید متن باشد، مانند IR-03,IR-23',
  })
  .transform((text) =>
    text
      .split(/[,،]/)
      .map((code) => code.trim().toUpperCase())
      .filter(Boolean),
  )
  .check((ctx) => {
    const codes = ctx.value;
    const fail = (message: string) => {
      ctx.issues.push({ code: 'custom', message, input: codes });
    };
    const unknown = codes.find((code) => !PROVINCE_CODES.includes(code));
    const duplicate = codes.find((code, i) => codes.indexOf(code) !== i);
    if (unknown !== undefined) fail(`کد استان ناشناخته است: ${unknown}`);
    else if (duplicate !== undefined) fail(`استان ${duplicate} دو بار آمده است`);
    else if (codes.length < MIN_COMPARE || codes.length > MAX_COMPARE) {
      fail(
        `برای مقایسه باید ${toPersianDigits(MIN_COMPARE)} تا ${toPersianDigits(MAX_COMPARE)} استان انتخاب شود (${toPersianDigits(codes.length)} آمده است)`,
      );
    }
  });

const { province: _province, ...filterWithoutProvince } = statsFilterShape;

export const compareQuerySchema = z
  .object({
    ...filterWithoutProvince,
    provinces: compareProvincesSchema,
  })
  .refine(...yearOrder);
export type CompareQuery = z.infer<typeof compareQuerySchema>;
