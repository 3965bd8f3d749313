// Bodies and queries of the accounts routes: login, users and roles, passwords, the audit log.
import { z } from 'zod';
import { optional } from './filters.ts';
import { paginationShape } from './lists.ts';
import { toPersianDigits } from './normalize-fa.ts';
import { booleanSchema, jalaliDateSchema, optionalText, versionSchema } from './write-fields.ts';

export const USER_ROLES = ['viewer', 'editor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export const usernameSchema = z
  .string({ error: 'نام کاربری را وارد کنید' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, {
    error: 'نام کاربری باید ۳ تا ۳۲ نویسه از حروف لاتین، رقم، نقطه، خط تیره یا زیرخط باشد',
  });

export const newPasswordSchema = z
  .string({ error: 'گذرواژه را وارد کنید' })
  .min(MIN_PASSWORD_LENGTH, { error: `گذرواژه باید دست‌کم ${toPersianDigits(MIN_PASSWORD_LENGTH)} نویسه باشد` })
  .max(MAX_PASSWORD_LENGTH, { error: `گذرواژه حداکثر ${toPersianDigits(MAX_PASSWORD_LENGTH)} نویسه است` });

const roleSchema = z.enum(USER_ROLES, { error: 'نقش را از فهرست انتخاب کنید (viewer، editor یا admin)' });

/** Login takes any text, so a mistyped name is still counted against the rate limit. */
export const loginSchema = z.object({
  username: z
    .string({ error: 'نام کاربری را وارد کنید' })
    .trim()
    .toLowerCase()
    .min(1, { error: 'نام کاربری را وارد کنید' })
    .max(64, { error: 'نام کاربری بیش از حد طولانی است' }),
  password: z
    .string({ error: 'گذرواژه را وارد کنید' })
    .min(1, { error: 'گذرواژه را وارد کنید' })
    .max(MAX_PASSWORD_LENGTH, { error: 'گذرواژه بیش از حد طولانی است' }),
});

export const userCreateSchema = z.object({
  username: usernameSchema,
  displayName: optionalText('نام نمایشی', 100).optional(),
  role: roleSchema,
  /** Left out: the server generates one and returns it once. */
  password: newPasswordSchema.optional(),
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  version: versionSchema,
  displayName: optionalText('نام نمایشی', 100).optional(),
  role: roleSchema.optional(),
  /** Disabling ends the user's sessions; accounts are never deleted. */
  disabled: booleanSchema('غیرفعال').optional(),
});
export type UserUpdate = z.infer<typeof userUpdateSchema>;

/** Own password: `currentPassword` is required. An admin resetting someone else's: not needed. */
export const passwordChangeSchema = z.object({
  currentPassword: z.string({ error: 'گذرواژه فعلی را وارد کنید' }).max(MAX_PASSWORD_LENGTH).optional(),
  newPassword: newPasswordSchema,
});

export const AUDIT_ENTITIES = [
  'organization',
  'meeting',
  'decision',
  'attachment',
  'user',
  'session',
  'import',
] as const;

export const auditQuerySchema = z.object({
  ...paginationShape,
  entity: optional(z.enum(AUDIT_ENTITIES, { error: 'نوع رکورد ناشناخته است' })),
  user: optional(z.string().trim().toLowerCase().max(64, { error: 'نام کاربری بیش از حد طولانی است' })),
  action: optional(z.string().trim().max(40, { error: 'نوع رویداد بیش از حد طولانی است' })),
  /** Jalali dates (`1403/05/01`), both days included; the API compares their Gregorian ISO form. */
  from: optional(jalaliDateSchema('از تاریخ')),
  to: optional(jalaliDateSchema('تا تاریخ')),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
