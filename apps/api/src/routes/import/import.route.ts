// Spreadsheet import of associations (docs/decisions/008). `dryRun=true` (the default) reports
// row by row what would be added or updated; `dryRun=false` re-checks and writes every row in
// one transaction, or nothing when any row has a problem (422 with the same report).
import { importFormSchema, toPersianDigits } from '@hamgen/shared';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../../db/client.ts';
import type { AppEnv } from '../../lib/app-env.ts';
import { auditedWrite } from '../../lib/audit.ts';
import { ApiError } from '../../lib/errors.ts';
import { validate } from '../../lib/validate.ts';
import { commitImport, planImport } from './import.db.ts';
import { buildReport, ImportRefusal, type ImportReport, MAX_UPLOAD_BYTES, MB } from './import-report.ts';
import { formatOf, readUpload, safeFileName } from './read-upload.ts';
import { templateCsv, templateXlsx } from './template.ts';
import { validateRows } from './validate-rows.ts';

// Room for the multipart envelope around a file of the maximum size.
const uploadLimit = bodyLimit({
  maxSize: MAX_UPLOAD_BYTES + 64 * 1024,
  onError: () => {
    throw new ApiError(413, 'file_too_large', `حجم فایل بیش از ${MB(MAX_UPLOAD_BYTES)} مگابایت است`);
  },
});

const refused = (
  c: Context<AppEnv>,
  status: ImportRefusal['status'],
  code: string,
  message: string,
  report: ImportReport,
) => c.json({ error: { code, message }, report }, status);

type ReportBase = Pick<ImportReport, 'dryRun' | 'fileName' | 'format' | 'source'>;

/** Plans against the registry; a real run plans again and writes inside one transaction. */
function runImport(c: Context<AppEnv>, checked: ReturnType<typeof validateRows>, base: ReportBase): ImportReport {
  const planWith = (db: Db) => {
    const plan = planImport(db, checked.rows, checked.header.label.nameFa);
    const issues = [...checked.issues, ...plan.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return { plan, issues };
  };
  if (base.dryRun) {
    const { plan, issues } = planWith(c.var.db);
    return buildReport(base, plan.plans, issues, checked.dataRows);
  }
  return auditedWrite(c, (audit, db, nowIso) => {
    const { plan, issues } = planWith(db);
    if (issues.length > 0) return buildReport(base, plan.plans, issues, checked.dataRows);
    const addedIds = commitImport(db, checked.rows, plan, base.source, nowIso, audit);
    const report = buildReport(base, plan.plans, [], checked.dataRows, true);
    audit({
      action: 'import',
      entity: 'import',
      note: base.source,
      after: { ...report.totals, fileName: base.fileName, addedIds },
    });
    return report;
  });
}

export const importRoute = new Hono<AppEnv>()
  .post('/organizations', uploadLimit, validate('form', importFormSchema), async (c) => {
    const { file, dryRun } = c.req.valid('form');
    const fileName = safeFileName(file.name);
    const base: ReportBase = { dryRun: dryRun !== 'false', fileName, format: null, source: `import:${fileName}` };
    try {
      base.format = formatOf(fileName);
      const report = runImport(c, validateRows(await readUpload(file, base.format)), base);
      if (report.totals.errors === 0) return c.json({ report }, 200);
      const count = toPersianDigits(report.totals.errors);
      const message = base.dryRun
        ? `فایل ${count} ایراد دارد؛ پیش از ثبت آن‌ها را درست کنید`
        : `فایل ${count} ایراد دارد؛ هیچ ردیفی ثبت نشد`;
      return refused(c, 422, 'import_invalid', message, report);
    } catch (err) {
      if (!(err instanceof ImportRefusal)) throw err;
      return refused(c, err.status, err.code, err.message, buildReport(base, [], err.issues, 0));
    }
  })
  .get('/organizations/template.csv', (c) => {
    c.header('Content-Disposition', 'attachment; filename="hamgen-organizations-template.csv"');
    return c.body(templateCsv(), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  })
  .get('/organizations/template.xlsx', async (c) => {
    c.header('Content-Disposition', 'attachment; filename="hamgen-organizations-template.xlsx"');
    const body = new Uint8Array(await templateXlsx());
    return c.body(body, 200, { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  });
