// The OpenAPI 3.1 document, generated from the app itself: the GET routes Hono registered
// (`app.routes`), the zod schemas their validators hold (`validatesOf`), the policy table (only
// public reads are documented) and the words and examples of catalog.ts. Nothing here repeats
// a parameter by hand, so the document cannot drift from what the server accepts.

import {
  compareQuerySchema,
  decisionListQuerySchema,
  organizationListQuerySchema,
  statsFilterSchema,
} from '@hamgen/shared';
import { z } from 'zod';
import { accessFor } from '../lib/auth/policy.ts';
import { validatesOf } from '../lib/validate.ts';
import type { Dataset } from '../routes/export/export-tables.ts';
import {
  EXPORT_DATASETS,
  EXPORT_DOCS,
  OPERATIONS,
  type OperationDoc,
  PARAMETERS,
  TAGS,
  type Words,
} from './catalog.ts';

export interface RouteEntry {
  method: string;
  path: string;
  handler: unknown;
}

/** The query each export dataset reads (the same schemas the export route parses with). */
export const EXPORT_QUERIES: Record<Dataset, z.core.$ZodType> = {
  'by-province': statsFilterSchema,
  timeline: statsFilterSchema,
  'by-sector': statsFilterSchema,
  organizations: organizationListQuerySchema,
  decisions: decisionListQuerySchema,
  compare: compareQuerySchema,
};

const EXPORT_PATTERN = '/api/export/:file';
const FORMATS = {
  csv: { type: 'text/csv', fa: 'CSV (UTF-8 با BOM، سرستون‌های فارسی)', en: 'CSV (UTF-8 with BOM, Persian headers)' },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fa: 'XLSX (راست‌به‌چپ، اعداد واقعی، برگه اطلاعات منابع)',
    en: 'XLSX (right-to-left, real numbers, a sheet naming the sources)',
  },
} as const;

const both = (w: Words) => `${w.fa}\n\n${w.en}`;

/** Every public or read-access GET route, once each, as Hono registered it. */
export function publicGetRoutes(routes: readonly RouteEntry[]): Map<string, RouteEntry[]> {
  const byKey = new Map<string, RouteEntry[]>();
  for (const r of routes) {
    // `/api/docs/*` are the reference page's own script and styles, not part of the API.
    if (r.method !== 'GET' || r.path.includes('*') || r.path.startsWith('/api/docs/')) continue;
    const access = accessFor('GET', r.path);
    if (access !== 'public' && access !== 'read') continue;
    const key = `GET ${r.path}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  return byKey;
}

function jsonSchemaOf(schema: z.core.$ZodType): { properties?: Record<string, object>; required?: string[] } {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

function parametersOf(schema: z.core.$ZodType, location: 'query' | 'path') {
  const json = jsonSchemaOf(schema);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const words = PARAMETERS[name];
    return {
      name,
      in: location,
      required: location === 'path' || (json.required ?? []).includes(name),
      ...(words ? { description: both(words) } : {}),
      schema: property,
    };
  });
}

const errorResponse = {
  description: 'درخواست نامعتبر؛ پیام فارسی است\n\nBad input; the message is in Persian',
  content: {
    'application/json': {
      example: { error: { code: 'invalid_query', message: 'سال باید یک عدد به تقویم خورشیدی باشد، مانند ۱۳۹۹' } },
    },
  },
};

function operation(doc: OperationDoc, parameters: object[], key: string) {
  return {
    tags: [doc.tag],
    summary: doc.summary.fa,
    description: both(
      doc.description
        ? { fa: `${doc.summary.fa}. ${doc.description.fa}`, en: `${doc.summary.en}. ${doc.description.en}` }
        : doc.summary,
    ),
    'x-summary-en': doc.summary.en,
    operationId: key
      .replace(/^GET \/api\//, '')
      .replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase()),
    parameters,
    responses: {
      200: {
        description: 'پاسخ موفق\n\nSuccess',
        content: { 'application/json': doc.example === undefined ? {} : { example: doc.example } },
      },
      400: errorResponse,
    },
  };
}

function exportPaths(): Record<string, object> {
  const paths: Record<string, object> = {};
  for (const dataset of EXPORT_DATASETS) {
    for (const [format, info] of Object.entries(FORMATS)) {
      const words = EXPORT_DOCS[dataset];
      paths[`/api/export/${dataset}.${format}`] = {
        get: {
          tags: ['export'],
          summary: `${words.fa} — ${format.toUpperCase()}`,
          description: `${words.fa}؛ ${info.fa}\n\n${words.en}; ${info.en}`,
          'x-summary-en': `${words.en} — ${format.toUpperCase()}`,
          operationId: `export${dataset.replace(/(^|-)(.)/g, (_m, _d, c: string) => c.toUpperCase())}${format.toUpperCase()}`,
          parameters: parametersOf(EXPORT_QUERIES[dataset], 'query'),
          responses: {
            200: { description: 'فایل\n\nThe file', content: { [info.type]: {} } },
            400: errorResponse,
          },
        },
      };
    }
  }
  return paths;
}

/** Hono's `/api/provinces/:code` is OpenAPI's `/api/provinces/{code}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

export function buildOpenApiDocument(routes: readonly RouteEntry[]) {
  const paths: Record<string, object> = {};
  for (const [key, entries] of publicGetRoutes(routes)) {
    const path = entries[0]?.path ?? '';
    if (path === EXPORT_PATTERN) {
      Object.assign(paths, exportPaths());
      continue;
    }
    const doc = OPERATIONS[key];
    if (!doc) throw new Error(`${key} has no entry in openapi/catalog.ts`);
    const parameters = entries.flatMap((e) => {
      const v = validatesOf(e.handler);
      if (v?.target === 'query') return parametersOf(v.schema, 'query');
      if (v?.target === 'param') return parametersOf(v.schema, 'path');
      return [];
    });
    paths[openApiPath(path)] = { get: operation(doc, parameters, key) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'همگن — API خواندنی داشبورد انجمن‌های صنایع همگن',
      version: '1',
      summary: "Hamgen — the read API of the dashboard of Iran's homogeneous-industry associations",
      description: both({
        fa: 'همه نقاط پایانی خواندنی عمومی و خروجی‌ها. سال‌ها خورشیدی‌اند؛ خطاها به شکل { error: { code, message } } با پیام فارسی. ردیف‌های source = demo ساختگی‌اند و جمعیت‌ها از سرشماری ۱۳۹۵ مرکز آمار ایران (source = census).',
        en: 'Every public read endpoint and export. Years are Jalali; errors are { error: { code, message } } with a Persian message. Rows with source = demo are synthetic; populations are the 1395 (2016) census of the Statistical Centre of Iran (source = census).',
      }),
    },
    servers: [{ url: '/' }],
    tags: Object.entries(TAGS).map(([name, words]) => ({ name, description: both(words) })),
    paths,
  };
}
