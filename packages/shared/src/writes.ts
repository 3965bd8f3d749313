// Bodies of the write routes (POST creates, PATCH changes, DELETE removes). The web app's forms
// validate with the same schemas; `z.input<>` is what a form sends, `z.infer<>` what the API
// stores (dates become Gregorian ISO). PATCH bodies carry the `version` the client read.
import { z } from 'zod';
import { DECISION_STATUSES, ORGANIZATION_KINDS, ORGANIZATION_STATUSES, SECTOR_CODES } from './domain.ts';
import { toPersianDigits } from './normalize-fa.ts';
import { PROVINCE_CODES } from './provinces.ts';
import {
  booleanSchema,
  jalaliDateSchema,
  nullableText,
  optionalText,
  recordIdSchema,
  requiredText,
  versionSchema,
  wholeNumberSchema,
} from './write-fields.ts';

export * from './accounts.ts';
export * from './write-fields.ts';

const provinceCodeSchema = z.enum(PROVINCE_CODES as [string, ...string[]], { error: 'استان را از فهرست انتخاب کنید' });
const listOf = <T extends z.ZodType>(item: T, max: number, label: string) =>
  z.array(item, { error: `${label} باید فهرست باشد` }).max(max, {
    error: `${label} حداکثر ${toPersianDigits(max)} مورد است`,
  });

/** A PATCH body: the version the client read and any of the fields. */
const patchOf = <F extends z.ZodRawShape>(fields: F) =>
  z.object({ version: versionSchema, ...z.object(fields).partial().shape });

// ——— Organizations ———

const organizationFields = {
  nameFa: requiredText('نام تشکل', 300),
  nameEn: nullableText('نام انگلیسی', 300),
  kind: z.enum(ORGANIZATION_KINDS, { error: 'نوع تشکل را از فهرست انتخاب کنید' }),
  /** Null for a national association, required for every other kind. */
  provinceCode: provinceCodeSchema.nullable(),
  sectorCode: z.enum(SECTOR_CODES, { error: 'بخش صنعتی را از فهرست انتخاب کنید' }),
  establishedOn: jalaliDateSchema('تاریخ تشکیل'),
  status: z.enum(ORGANIZATION_STATUSES, { error: 'وضعیت تشکل را از فهرست انتخاب کنید' }),
  members: wholeNumberSchema('تعداد اعضا', 0, 10_000_000),
  approvedInMeetingId: recordIdSchema('جلسه تصویب').nullable(),
  lastElectionOn: jalaliDateSchema('تاریخ آخرین انتخابات').nullable(),
};

/** The province rule, checked on create and again on the merged row of a PATCH. */
export function organizationProvinceIssue(kind: string, provinceCode: string | null): string | null {
  if (kind === 'national_association' && provinceCode !== null) return 'تشکل ملی استان ندارد؛ استان را خالی بگذارید';
  if (kind !== 'national_association' && provinceCode === null) return 'استان را انتخاب کنید';
  return null;
}

export const organizationCreateSchema = z
  .object({
    ...organizationFields,
    nameEn: organizationFields.nameEn.optional(),
    members: organizationFields.members.optional(),
    approvedInMeetingId: organizationFields.approvedInMeetingId.optional(),
    lastElectionOn: organizationFields.lastElectionOn.optional(),
  })
  .superRefine((o, ctx) => {
    const issue = organizationProvinceIssue(o.kind, o.provinceCode);
    if (issue) ctx.addIssue({ code: 'custom', message: issue, path: ['provinceCode'] });
  });
export type OrganizationCreate = z.infer<typeof organizationCreateSchema>;

export const organizationUpdateSchema = patchOf(organizationFields).extend({
  /** Recorded with a status change in the association's history and the audit log. */
  note: optionalText('یادداشت', 1000).optional(),
});
export type OrganizationUpdate = z.infer<typeof organizationUpdateSchema>;

/** DELETE `?version=`: the version the client read. */
export const deleteQuerySchema = z.object({ version: versionSchema });

// ——— Meetings and their attendees ———

export const attendeeInputSchema = z.object({
  name: requiredText('نام حاضر در جلسه', 200),
  role: optionalText('سمت', 200).optional(),
  organization: optionalText('دستگاه یا تشکل', 300).optional(),
  isNewMember: booleanSchema('عضو جدید').optional(),
});
export type AttendeeInput = z.infer<typeof attendeeInputSchema>;

const decisionFields = {
  text: requiredText('متن مصوبه', 4000),
  topic: optionalText('موضوع', 200),
  responsible: optionalText('مسئول پیگیری', 300),
  dueOn: jalaliDateSchema('مهلت انجام').nullable(),
  status: z.enum(DECISION_STATUSES, { error: 'وضعیت مصوبه را از فهرست انتخاب کنید' }),
  provinceCodes: listOf(provinceCodeSchema, 31, 'استان‌ها'),
  organizationIds: listOf(recordIdSchema('تشکل'), 200, 'تشکل‌ها'),
};

/** A decision as part of a new meeting's body (its meeting is the one being created). */
export const decisionInMeetingSchema = z.object(decisionFields).partial().required({ text: true });
export type DecisionInMeeting = z.infer<typeof decisionInMeetingSchema>;

const meetingFields = {
  heldOn: jalaliDateSchema('تاریخ جلسه'),
  heldOnApproximate: booleanSchema('تاریخ تقریبی'),
  number: wholeNumberSchema('شماره جلسه', 1, 100_000).nullable(),
  title: requiredText('عنوان جلسه', 300),
  summary: optionalText('خلاصه', 8000),
  agenda: optionalText('دستور جلسه', 8000),
  location: nullableText('محل برگزاری', 300),
  /** The whole roster: on PATCH it replaces the old one. */
  attendees: listOf(attendeeInputSchema, 300, 'حاضران'),
};

export const meetingCreateSchema = z
  .object(meetingFields)
  .partial()
  .required({ heldOn: true, title: true })
  .extend({ decisions: listOf(decisionInMeetingSchema, 200, 'مصوبات').optional() });
export type MeetingCreate = z.infer<typeof meetingCreateSchema>;

export const meetingUpdateSchema = patchOf(meetingFields);
export type MeetingUpdate = z.infer<typeof meetingUpdateSchema>;

// ——— Decisions ———

export const decisionCreateSchema = decisionInMeetingSchema.extend({ meetingId: recordIdSchema('جلسه') });
export type DecisionCreate = z.infer<typeof decisionCreateSchema>;

export const decisionUpdateSchema = patchOf(decisionFields).extend({
  /** Required when `status` changes; kept in the audit log. */
  note: optionalText('توضیح تغییر وضعیت', 1000).optional(),
});
export type DecisionUpdate = z.infer<typeof decisionUpdateSchema>;

export const STATUS_NOTE_REQUIRED = 'برای تغییر وضعیت مصوبه، توضیح آن را بنویسید';

// ——— Spreadsheet import ———

/** Multipart fields of POST /api/import/organizations. `dryRun` is true unless it says 'false'. */
export const importFormSchema = z.object({
  file: z.instanceof(File, { error: 'فایلی فرستاده نشده است؛ یک فایل CSV یا XLSX انتخاب کنید' }),
  dryRun: z.enum(['true', 'false'], { error: 'dryRun باید true یا false باشد' }).optional(),
});

// ——— Meeting attachments (signed minutes) ———

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Multipart field of POST /api/meetings/:id/attachments. The type is read from the bytes. */
export const attachmentFormSchema = z.object({
  file: z.instanceof(File, { error: 'فایلی فرستاده نشده است؛ فایل PDF یا تصویر صورت‌جلسه را انتخاب کنید' }),
});
