import {
  compareQuerySchema,
  type DescribeOptions,
  decisionListQuerySchema,
  exportFileName,
  organizationListQuerySchema,
  statsFilterSchema,
} from '@hamgen/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../lib/app-env.ts';
import { isoToday } from '../../lib/clock.ts';
import { expensiveRateLimit, inExportSlot } from '../../lib/expensive.ts';
import { invalidInput, validate } from '../../lib/validate.ts';
import { toCsv } from './csv.ts';
import {
  byProvinceTable,
  bySectorTable,
  compareTable,
  DATASETS,
  decisionsTable,
  type ExportTable,
  organizationsTable,
  timelineTable,
} from './export-tables.ts';
import { toXlsx } from './xlsx.ts';

const fileParamSchema = z.object({
  file: z
    .string()
    .regex(new RegExp(`^(${DATASETS.join('|')})\\.(csv|xlsx)$`), { error: 'مجموعه داده یا قالب خروجی ناشناخته است' }),
});

function parse<S extends z.core.$ZodType>(schema: S, query: Record<string, string>): z.output<S> {
  const result = z.safeParse(schema, query);
  if (result.success) return result.data;
  throw invalidInput('invalid_query', result.error);
}

function buildTable(c: { var: AppEnv['Variables'] }, dataset: string, query: Record<string, string>): ExportTable {
  const { db } = c.var;
  // The filter line is written in the language and calendar of the view that asked for the file.
  const describe: DescribeOptions = {
    lang: query.lang === 'en' ? 'en' : 'fa',
    calendar: query.cal === 'gregorian' ? 'gregorian' : 'jalali',
  };
  switch (dataset) {
    case 'by-province':
      return byProvinceTable(db, parse(statsFilterSchema, query), describe);
    case 'by-sector':
      return bySectorTable(db, parse(statsFilterSchema, query), describe);
    case 'timeline':
      return timelineTable(db, parse(statsFilterSchema, query), describe);
    case 'compare':
      return compareTable(db, parse(compareQuerySchema, query), describe);
    case 'organizations':
      return organizationsTable(db, parse(organizationListQuerySchema, query), describe);
    default:
      return decisionsTable(db, parse(decisionListQuerySchema, query), describe, isoToday(c.var.now()));
  }
}

export const exportRoute = new Hono<AppEnv>().get(
  '/:file',
  expensiveRateLimit,
  validate('param', fileParamSchema),
  (c) =>
    inExportSlot(c, async () => {
      const [dataset = '', format] = c.req.valid('param').file.split('.');
      const query = c.req.query();
      const table = buildTable(c, dataset, query);
      const name = exportFileName({ dataset, filter: query, variant: 'all', format: format ?? 'csv' });
      c.header('Content-Disposition', `attachment; filename="${name}"`);
      c.header('Cache-Control', 'no-store');
      if (format === 'csv') {
        c.header('Content-Type', 'text/csv; charset=utf-8');
        return c.body(toCsv(table));
      }
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return c.body(new Uint8Array(await toXlsx(table, new Date(c.var.now()))));
    }),
);
