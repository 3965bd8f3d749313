// What the generated OpenAPI document says about each public read route, in Persian and English,
// with an example answer. Parameters come from the routes' own zod schemas (see document.ts);
// this table holds only words and examples. A test fails when a public GET has no entry here,
// when an entry names a route that does not exist, or when an example's keys differ from the
// real answer's.
import { CENSUS } from '@hamgen/shared';
import { DATASETS, type Dataset } from '../routes/export/export-tables.ts';

export interface Words {
  fa: string;
  en: string;
}

export interface OperationDoc {
  tag: 'stats' | 'provinces' | 'registry' | 'meetings' | 'decisions' | 'search' | 'export' | 'system';
  summary: Words;
  description?: Words;
  /** A request whose real answer the example mirrors (checked by the test). */
  exampleRequest?: string;
  example?: unknown;
}

export const TAGS: Record<OperationDoc['tag'], Words> = {
  stats: { fa: 'آمار', en: 'Statistics' },
  provinces: { fa: 'استان‌ها', en: 'Provinces' },
  registry: { fa: 'فهرست تشکل‌ها', en: 'Associations registry' },
  meetings: { fa: 'جلسات کمیسیون', en: 'Commission meetings' },
  decisions: { fa: 'مصوبات', en: 'Decisions' },
  search: { fa: 'جستجو', en: 'Search' },
  export: { fa: 'خروجی فایل', en: 'File exports' },
  system: { fa: 'سامانه', en: 'System' },
};

/** Words for every query and path parameter name the read routes use. */
export const PARAMETERS: Record<string, Words> = {
  from: { fa: 'سال آغاز (خورشیدی)، مانند 1399؛ رقم فارسی هم پذیرفته است', en: 'First Jalali year, e.g. 1399' },
  to: { fa: 'سال پایان (خورشیدی)', en: 'Last Jalali year' },
  sector: { fa: 'کد بخش صنعتی', en: 'Industry sector code' },
  kind: { fa: 'نوع تشکل', en: 'Kind of organization' },
  status: { fa: 'وضعیت', en: 'Status' },
  province: { fa: 'کد استان (ISO 3166-2:IR)، مانند IR-03', en: 'Province code (ISO 3166-2:IR), e.g. IR-03' },
  provinces: {
    fa: '۲ تا ۴ کد استان با ویرگول، مانند IR-03,IR-23؛ تکراری یا ناشناخته خطای ۴۰۰ می‌دهد',
    en: '2 to 4 province codes separated by commas, e.g. IR-03,IR-23; a duplicate or unknown code is a 400',
  },
  stack: { fa: 'تفکیک هر سال به نوع یا بخش', en: 'Split each year by kind or sector' },
  q: { fa: 'عبارت جستجو (نویسه‌های عربی و فارسی یکسان دیده می‌شوند)', en: 'Search words (Persian-normalized)' },
  page: { fa: 'شماره صفحه', en: 'Page number' },
  pageSize: { fa: 'اندازه صفحه', en: 'Rows per page' },
  sort: { fa: 'ترتیب؛ «-» یعنی نزولی', en: 'Sort order; a leading "-" means descending' },
  overdue: { fa: 'فقط مصوبات معوق', en: 'Only overdue decisions' },
  topic: { fa: 'موضوع مصوبه', en: 'Decision topic' },
  limit: { fa: 'بیشترین تعداد نتیجه در هر گروه', en: 'Most results per group' },
  id: { fa: 'شناسه', en: 'Identifier' },
  code: { fa: 'کد استان، مانند IR-03', en: 'Province code, e.g. IR-03' },
};

const filter = { from: 1399, to: 1399 };
/** The census the per-province answers cite (CENSUS), its labels and total left out for brevity. */
const census = { source: CENSUS.source, year: CENSUS.year, labelFa: CENSUS.labelFa };

export const OPERATIONS: Record<string, OperationDoc> = {
  'GET /api/health': {
    tag: 'system',
    summary: { fa: 'سلامت سرویس', en: 'Health' },
    description: { fa: 'وقتی پایگاه داده پاسخ دهد ok است.', en: 'ok once the database answers.' },
    exampleRequest: '/api/health',
    example: { status: 'ok' },
  },
  'GET /api/ready': {
    tag: 'system',
    summary: { fa: 'آمادگی سرویس', en: 'Readiness' },
    description: {
      fa: 'فقط وقتی ۲۰۰ است که پایگاه داده نوشتنی و به‌روز (همه مهاجرت‌ها اجراشده) باشد؛ وگرنه ۵۰۳.',
      en: '200 only when the database is writable and migrated; otherwise 503.',
    },
  },
  'GET /api/auth/me': {
    tag: 'system',
    summary: { fa: 'کاربر واردشده', en: 'The signed-in user' },
    description: {
      fa: 'بدون نشست، user تهی است و publicRead می‌گوید خواندن عمومی است یا نه.',
      en: 'Without a session `user` is null; `publicRead` says whether reading is public.',
    },
  },
  'GET /api/provinces': {
    tag: 'provinces',
    summary: { fa: 'فهرست ۳۱ استان', en: 'The 31 provinces' },
    exampleRequest: '/api/provinces',
    example: { rows: [{ code: 'IR-03', nameFa: 'آذربایجان شرقی', nameEn: 'East Azerbaijan', capitalFa: 'تبریز' }] },
  },
  'GET /api/provinces/:code': {
    tag: 'provinces',
    summary: { fa: 'برگه اطلاعات یک استان', en: "A province's fact sheet" },
    description: {
      fa: 'شاخص‌های استان در برابر میانه کشوری و رتبه آن، مصوباتی که نامش را می‌برند و جلساتی که تشکل‌هایش را تأیید کرده‌اند.',
      en: 'Its figures against the national median with its rank, decisions naming it, and meetings that approved its associations.',
    },
    exampleRequest: '/api/provinces/IR-03?from=1399&to=1399',
    example: {
      filter,
      province: { code: 'IR-03', nameFa: 'آذربایجان شرقی' },
      metrics: { total: { value: 148, median: 81, rank: 4 } },
      metricsPerMillion: { total: { value: 37.85, median: 17.4, rank: 3 } },
      population: 3909652,
      decisions: [],
      meetings: [],
    },
  },
  'GET /api/stats/overview': {
    tag: 'stats',
    summary: { fa: 'شاخص‌های کلیدی', en: 'Key figures' },
    exampleRequest: '/api/stats/overview?from=1399&to=1399',
    example: {
      filter,
      kpis: { total: 2000, formed: 15, provincesCovered: 6, national: 139, meetings: 1, openDecisions: 0 },
      sources: { demo: 2001 },
      previous: { total: 1985, formed: 131, provincesCovered: 28, national: 139, meetings: 2, openDecisions: 1 },
      reported: [{ metric: 'associations_formed', jalaliYear: 1399, value: 15, source: 'article' }],
    },
  },
  'GET /api/stats/by-province': {
    tag: 'stats',
    summary: { fa: 'تعداد تشکل‌ها به تفکیک استان، با جمعیت و سرانه', en: 'Associations per province, with population' },
    description: {
      fa: 'همیشه هر ۳۱ استان (با صفرها). population از سرشماری ۱۳۹۵ مرکز آمار ایران است (source = census) و perMillion تعداد در هر میلیون نفر.',
      en: 'Always all 31 provinces, zeros included. `population` is the 1395 (2016) census of the Statistical Centre of Iran (source = census); `perMillion` is associations per million inhabitants.',
    },
    exampleRequest: '/api/stats/by-province?from=1399&to=1399',
    example: {
      filter,
      rows: [
        {
          province: 'IR-03',
          nameFa: 'آذربایجان شرقی',
          nameEn: 'East Azerbaijan',
          count: 3,
          demo: 3,
          population: 3909652,
          perMillion: 0.77,
        },
      ],
      sources: { demo: 15 },
      total: 15,
      census,
    },
  },
  'GET /api/stats/by-sector': {
    tag: 'stats',
    summary: { fa: 'تعداد تشکل‌ها به تفکیک بخش صنعتی', en: 'Associations per industry sector' },
    exampleRequest: '/api/stats/by-sector',
    example: {
      filter: {},
      rows: [{ sector: 'food', nameFa: 'صنایع غذایی', nameEn: 'Food', count: 180, demo: 180 }],
      sources: { demo: 2828 },
      total: 2828,
    },
  },
  'GET /api/stats/timeline': {
    tag: 'stats',
    summary: { fa: 'روند تشکیل به تفکیک سال، با جلسات کمیسیون', en: 'Formations per Jalali year, with the meetings' },
    description: {
      fa: 'هر سالِ بازه با صفرها؛ meetings برای هر سال تعداد جلسات کمیسیون (فهرست جلسات: timeline/meetings).',
      en: 'Every year of the range, zeros included; `meetings` gives per year the number of commission meetings (their list: timeline/meetings).',
    },
    exampleRequest: '/api/stats/timeline?from=1399&to=1399',
    example: {
      filter,
      stack: null,
      keys: [],
      rows: [{ year: 1399, count: 15, demo: 15, groups: {} }],
      sources: { demo: 15 },
      meetings: [{ year: 1399, count: 2, approved: 15 }],
      total: 15,
    },
  },
  'GET /api/stats/timeline/meetings': {
    tag: 'stats',
    summary: { fa: 'جلسات کمیسیون در هر سال روند', en: 'The commission meetings of each timeline year' },
    description: {
      fa: 'با همان پالایه‌های روند: هر سال تعداد جلسات، نخستین جلسه‌ها با نام و تشکل‌هایی که تأیید کرده‌اند.',
      en: 'With the timeline’s filters: per year the meeting count, the first meetings by name and the associations they approved.',
    },
    exampleRequest: '/api/stats/timeline/meetings?from=1399&to=1399',
    example: {
      filter,
      meetings: [
        {
          year: 1399,
          count: 2,
          approved: 15,
          meetings: [
            {
              id: 31,
              title: 'جلسه شماره ۳۱ کمیسیون',
              heldOn: '2020-04-02',
              source: 'demo',
              approved: 15,
              approvedNames: [{ id: 1201, nameFa: 'انجمن صنایع همگن نساجی استان قزوین' }],
            },
          ],
        },
      ],
    },
  },
  'GET /api/stats/compare': {
    tag: 'stats',
    summary: { fa: 'مقایسه ۲ تا ۴ استان در طول سال‌ها', en: 'Compare 2 to 4 provinces over the years' },
    description: {
      fa: 'برای هر استان سری سالانه، جمع، جمعیت سرشماری ۱۳۹۵ و سرانه در هر میلیون نفر؛ median میانه کشوری هر سال در میان ۳۱ استان (با صفرها).',
      en: 'Per province a yearly series, its total, 1395 census population and per-million figure; `median` is each year’s national median over all 31 provinces, zeros included.',
    },
    exampleRequest: '/api/stats/compare?provinces=IR-03,IR-23&from=1399&to=1400',
    example: {
      filter: { from: 1399, to: 1400, provinces: ['IR-03', 'IR-23'] },
      provinces: [
        {
          province: 'IR-03',
          nameFa: 'آذربایجان شرقی',
          nameEn: 'East Azerbaijan',
          series: [
            { year: 1399, count: 3 },
            { year: 1400, count: 6 },
          ],
          total: 9,
          population: 3909652,
          perMillion: 2.3,
        },
      ],
      median: [
        { year: 1399, count: 0 },
        { year: 1400, count: 3 },
      ],
      sources: { demo: 20 },
      census,
    },
  },
  'GET /api/organizations': {
    tag: 'registry',
    summary: { fa: 'فهرست تشکل‌ها', en: 'List associations' },
    exampleRequest: '/api/organizations?pageSize=1',
    example: {
      rows: [
        {
          id: 2681,
          nameFa: 'انجمن صنایع همگن حوله و منسوجات خانگی استان کرمان',
          kind: 'provincial_association',
          provinceCode: 'IR-08',
          sectorCode: 'textiles',
          jalaliYear: 1404,
          status: 'active',
          members: 42,
          source: 'demo',
        },
      ],
      total: 2828,
      page: 1,
      pageSize: 1,
      sources: { demo: 2828 },
    },
  },
  'GET /api/organizations/:id': {
    tag: 'registry',
    summary: { fa: 'یک تشکل با سابقه آن', en: 'One association with its history' },
  },
  'GET /api/meetings': {
    tag: 'meetings',
    summary: { fa: 'فهرست جلسات کمیسیون', en: 'List commission meetings' },
    exampleRequest: '/api/meetings?pageSize=1',
    example: {
      rows: [
        {
          id: 1,
          heldOn: '2021-06-22',
          heldOnApproximate: true,
          jalaliYear: 1400,
          title: 'جلسه کمیسیون نظارت بر تشکل‌های صنعتی و معدنی',
          source: 'article',
          approvedCount: 0,
        },
      ],
      total: 38,
      page: 1,
      pageSize: 1,
      sources: { article: 1, demo: 37 },
    },
  },
  'GET /api/meetings/:id': {
    tag: 'meetings',
    summary: {
      fa: 'یک جلسه: حاضران، دستور جلسه، مصوبات و تشکل‌های تأییدشده',
      en: 'One meeting with attendees, decisions and approvals',
    },
  },
  'GET /api/meetings/:id/attachments/:attachmentId': {
    tag: 'meetings',
    summary: { fa: 'بارگیری پیوست صورت‌جلسه', en: 'Download a minutes attachment' },
    description: {
      fa: 'فایل پیوست (PDF یا تصویر) همیشه برای بارگیری فرستاده می‌شود، هرگز برای نمایش در همین نشانی.',
      en: 'The attached file (PDF or image), always sent as a download, never shown inline.',
    },
  },
  'GET /api/decisions': {
    tag: 'decisions',
    summary: { fa: 'فهرست مصوبات و وضعیت پیگیری', en: 'Decisions and their follow-up status' },
    exampleRequest: '/api/decisions?pageSize=1',
    example: {
      rows: [
        {
          id: 159,
          meetingId: 38,
          seq: 1,
          text: 'تأیید تشکیل ۱۱۷ تشکل',
          status: 'done',
          dueOn: '2026-03-14',
          overdue: false,
          source: 'demo',
        },
      ],
      total: 164,
      page: 1,
      pageSize: 1,
      byStatus: { open: 15, in_progress: 18, done: 131 },
      topics: ['اساسنامه'],
      sources: { demo: 158, article: 6 },
    },
  },
  'GET /api/decisions/:id': {
    tag: 'decisions',
    summary: { fa: 'یک مصوبه', en: 'One decision' },
  },
  'GET /api/search': {
    tag: 'search',
    summary: { fa: 'جستجو در تشکل‌ها، جلسات و مصوبات', en: 'Search associations, meetings and decisions' },
    exampleRequest: `/api/search?q=${encodeURIComponent('كرمان')}`,
    example: {
      query: 'كرمان',
      normalized: 'کرمان',
      compact: 'کرمان',
      terms: ['کرمان'],
      results: {
        organizations: [
          { id: 2681, title: 'انجمن صنایع همگن حوله و منسوجات خانگی استان کرمان', href: '/associations/2681' },
        ],
        meetings: [],
        decisions: [],
      },
      totals: { organizations: 151, meetings: 1, decisions: 0 },
    },
  },
  'GET /api/openapi.json': {
    tag: 'system',
    summary: { fa: 'همین سند OpenAPI', en: 'This OpenAPI document' },
  },
  'GET /api/docs': {
    tag: 'system',
    summary: { fa: 'صفحه راهنمای API', en: 'The API reference page' },
  },
};

/** Exports: one documented path per dataset and format; the query is the dataset's own filter. */
export const EXPORT_DOCS: Record<Dataset, Words> = {
  'by-province': {
    fa: 'تشکل‌ها به تفکیک استان، با جمعیت سرشماری و سرانه',
    en: 'Associations per province, with census population',
  },
  timeline: { fa: 'روند سالانه، با تعداد جلسات کمیسیون', en: 'Yearly formations, with commission meetings' },
  'by-sector': { fa: 'تشکل‌ها به تفکیک بخش صنعتی', en: 'Associations per sector' },
  organizations: { fa: 'فهرست تشکل‌ها', en: 'Associations list' },
  decisions: { fa: 'مصوبات کمیسیون', en: 'Commission decisions' },
  compare: {
    fa: 'مقایسه استان‌ها، با میانه کشوری و جمعیت سرشماری',
    en: 'Provinces compared, with the national median and census',
  },
};
export const EXPORT_DATASETS = DATASETS;
