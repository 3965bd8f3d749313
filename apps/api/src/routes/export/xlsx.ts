// XLSX built on the server: a right-to-left data sheet with a bold Persian header row and real
// numeric cells, and a second sheet with the title, filters, sources, row count and export date.
// Written with exceljs's streaming writer: rows go straight to the zip instead of a full
// in-memory model, which keeps the largest export (every association) well under a second.
import { PassThrough } from 'node:stream';
import { sourceLabelFa } from '@hamgen/shared';
import { loadExcelJS } from '../../lib/exceljs.ts';
import { spreadsheetSafe } from '../../lib/spreadsheet-safe.ts';
import type { ExportTable } from './export-tables.ts';

const jalaliDate = (date: Date) =>
  new Intl.DateTimeFormat('fa-IR-u-ca-persian', { dateStyle: 'long', timeZone: 'Asia/Tehran' }).format(date);

function collect(stream: PassThrough): Promise<Buffer> {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

export async function toXlsx(table: ExportTable, now = new Date()): Promise<Buffer> {
  const Excel = await loadExcelJS();
  const stream = new PassThrough();
  const done = collect(stream);
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Hamgen';
  workbook.created = now;

  const data = workbook.addWorksheet('داده‌ها', { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
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

  const meta = workbook.addWorksheet('اطلاعات', { views: [{ rightToLeft: true }] });
  meta.columns = [{ width: 22 }, { width: 80 }];
  const sources = Object.entries(table.sources)
    .map(([source, n]) => `${sourceLabelFa(source)}: ${n}`)
    .join('؛ ');
  const facts: [string, string | number][] = [
    ['عنوان', table.title],
    ['فیلترها', table.filterText],
    ['منابع', sources || '—'],
    ['تعداد ردیف‌ها', table.rows.length],
    ['تاریخ خروجی', jalaliDate(now)],
    ['توضیح', 'ردیف‌هایی که منبع آن‌ها «demo» است داده نمونه (ساختگی) هستند و واقعیت ندارند.'],
    ['سامانه', 'همگن — داشبورد انجمن‌های صنایع همگن'],
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
