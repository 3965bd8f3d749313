// XLSX built on the server: a data sheet with a bold header row and real numeric cells, and a
// second sheet with the title, filters, sources, row count and export date. Persian and
// right-to-left by default; English and left-to-right, in the reader's calendar, when asked.
// Written with exceljs's streaming writer: rows go straight to the zip instead of a full
// in-memory model, which keeps the largest export (every association) well under a second.
import { PassThrough } from 'node:stream';
import { sourceLabelEn, sourceLabelFa } from '@hamgen/shared';
import { loadExcelJS } from '../../lib/exceljs.ts';
import { spreadsheetSafe } from '../../lib/spreadsheet-safe.ts';
import type { ExportTable } from './export-tables.ts';

function exportDate(date: Date, table: Pick<ExportTable, 'lang' | 'calendar'>): string {
  const locale = `${table.lang === 'en' ? 'en-US' : 'fa-IR'}-u-ca-${table.calendar === 'gregorian' ? 'gregory' : 'persian'}`;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Tehran' }).format(date);
}

const META = {
  fa: {
    data: 'داده‌ها',
    info: 'اطلاعات',
    title: 'عنوان',
    filters: 'فیلترها',
    sources: 'منابع',
    rows: 'تعداد ردیف‌ها',
    date: 'تاریخ خروجی',
    noteLabel: 'توضیح',
    note: 'ردیف‌هایی که منبع آن‌ها «demo» است داده نمونه (ساختگی) هستند و واقعیت ندارند.',
    systemLabel: 'سامانه',
    system: 'همگن — داشبورد انجمن‌های صنایع همگن',
    separator: '؛ ',
  },
  en: {
    data: 'Data',
    info: 'About',
    title: 'Title',
    filters: 'Filters',
    sources: 'Sources',
    rows: 'Rows',
    date: 'Exported on',
    noteLabel: 'Note',
    note: 'Rows whose source is “demo” are demo (synthetic) data and not real.',
    systemLabel: 'System',
    system: 'Hamgen — dashboard of homogeneous-industry associations',
    separator: '; ',
  },
} as const;

function collect(stream: PassThrough): Promise<Buffer> {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** `now` is the route's clock (`c.var.now`): the export date the sheet states. */
export async function toXlsx(table: ExportTable, now: Date): Promise<Buffer> {
  const Excel = await loadExcelJS();
  const stream = new PassThrough();
  const done = collect(stream);
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Hamgen';
  workbook.created = now;

  const words = META[table.lang];
  const rightToLeft = table.lang !== 'en';
  const data = workbook.addWorksheet(words.data, { views: [{ rightToLeft, state: 'frozen', ySplit: 1 }] });
  data.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? 16 }));
  data.getRow(1).font = { bold: true };
  data.getRow(1).commit();
  for (const row of table.rows) {
    data
      .addRow(
        row.map((value, i) =>
          value === null ? null : table.columns[i]?.type === 'number' ? Number(value) : spreadsheetSafe(String(value)),
        ),
      )
      .commit();
  }
  data.commit();

  const meta = workbook.addWorksheet(words.info, { views: [{ rightToLeft }] });
  meta.columns = [{ width: 22 }, { width: 80 }];
  const sources = Object.entries(table.sources)
    .map(([source, n]) => `${(table.lang === 'en' ? sourceLabelEn : sourceLabelFa)(source)}: ${n}`)
    .join(words.separator);
  const facts: [string, string | number][] = [
    [words.title, table.title],
    [words.filters, table.filterText],
    [words.sources, sources || '—'],
    [words.rows, table.rows.length],
    [words.date, exportDate(now, table)],
    [words.noteLabel, words.note],
    [words.systemLabel, words.system],
  ];
  for (const [label, value] of facts) {
    const row = meta.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  meta.commit();
  await workbook.commit();
  return done;
}
