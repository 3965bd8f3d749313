// Query schemas of the list endpoints (registry, meetings, decisions, search) and their params.
import { z } from 'zod';
import { DECISION_STATUSES } from './domain.ts';
import { intParamSchema, optional, statsFilterShape, yearOrder } from './filters.ts';
import { PROVINCE_CODES } from './provinces.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_QUERY_LENGTH = 200;

export const searchTextSchema = z
  .string({ error: 'عبارت جستجو باید متن باشد' })
  .max(MAX_QUERY_LENGTH, { error: 'عبارت جستجو بیش از حد طولانی است' });

export const paginationShape = {
  page: optional(intParamSchema(1, 100_000, 'شماره صفحه')),
  pageSize: optional(intParamSchema(1, MAX_PAGE_SIZE, 'اندازه صفحه')),
};

export const ORGANIZATION_SORTS = [
  'name',
  '-name',
  'year',
  '-year',
  'members',
  '-members',
  'province',
  '-province',
] as const;
export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];

export const organizationListQuerySchema = z
  .object({
    ...statsFilterShape,
    ...paginationShape,
    q: optional(searchTextSchema),
    sort: optional(z.enum(ORGANIZATION_SORTS, { error: 'ترتیب مرتب‌سازی ناشناخته است' })),
  })
  .refine(...yearOrder);
export type OrganizationListQuery = z.infer<typeof organizationListQuerySchema>;

export const idParamSchema = z.object({
  id: intParamSchema(1, Number.MAX_SAFE_INTEGER, 'شناسه'),
});

export const attachmentParamSchema = z.object({
  id: intParamSchema(1, Number.MAX_SAFE_INTEGER, 'شناسه'),
  attachmentId: intParamSchema(1, Number.MAX_SAFE_INTEGER, 'شناسه پیوست'),
});

export const provinceParamSchema = z.object({
  code: z.enum(PROVINCE_CODES as [string, ...string[]], { error: 'کد استان ناشناخته است' }),
});

export const meetingListQuerySchema = z
  .object({
    from: statsFilterShape.from,
    to: statsFilterShape.to,
    q: optional(searchTextSchema),
    ...paginationShape,
  })
  .refine(...yearOrder);
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;

const booleanParam = z
  .enum(['true', 'false', '1', '0'], { error: 'مقدار باید true یا false باشد' })
  .transform((v) => v === 'true' || v === '1');

export const decisionListQuerySchema = z
  .object({
    status: optional(z.enum(DECISION_STATUSES, { error: 'وضعیت مصوبه ناشناخته است' })),
    q: optional(searchTextSchema),
    overdue: optional(booleanParam),
    topic: optional(z.string().max(MAX_QUERY_LENGTH, { error: 'موضوع بیش از حد طولانی است' })),
    province: statsFilterShape.province,
    from: statsFilterShape.from,
    to: statsFilterShape.to,
    ...paginationShape,
  })
  .refine(...yearOrder);
export type DecisionListQuery = z.infer<typeof decisionListQuerySchema>;

export const searchQuerySchema = z.object({
  q: searchTextSchema.min(1, { error: 'عبارت جستجو را وارد کنید' }),
  limit: optional(intParamSchema(1, 50, 'تعداد نتایج')),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;
